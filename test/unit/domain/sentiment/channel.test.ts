import { channelForSource } from '../../../../server/domain/sentiment/channel';

describe('channelForSource (docs/simpli.md "Freshdesk sources as Simpli channels")', () => {
  it.each([
    [1, 'email'],
    [10, 'email'],
    [2, 'web'],
    [4, 'web'],
    [9, 'web'],
    [11, 'web'],
    [3, 'phone'],
    [7, 'chat'],
    [8, 'chat'],
    [12, 'chat'],
    [5, 'social'],
    [6, 'social'],
    [13, 'social'],
  ])('source %i → %s', (source, channel) => {
    expect(channelForSource(source)).toBe(channel);
  });

  it.each([0, 14, 99, -1, null, undefined])('an unknown source (%p) sends no channel', (source) => {
    expect(channelForSource(source)).toBeUndefined();
  });
});

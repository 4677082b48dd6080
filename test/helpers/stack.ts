/** The integration tests drive the same harness as the bench. */
export { startStack, type Stack, type StackOptions } from '../../devkit/harness/start-harness';

import ts from 'typescript';

export interface Located {
  line: number;
  what: string;
}

/** Syntax-level facts about server.js that loading it cannot tell us. */
export interface SourceFacts {
  /**
   * Top-level `import`/`export` statements, `import.meta`, `import()` — not available in the FDK script
   * (docs/platform.md "Serverless runtime: server.js").
   */
  esm: Located[];
  /**
   * Top-level `module.exports = …` — the FDK reads the `exports` variable, never `module.exports` (docs/platform.md
   * "Serverless runtime: server.js").
   */
  moduleExports: Located[];
  /** Whether some top-level statement assigns `exports = …`. */
  assignsExports: boolean;
  /** Package names passed to `require('…')` anywhere (relative paths excluded), first-seen order. */
  requiredPackages: string[];
  /** Relative `require('./x')` paths: only server.js is packed, so these cannot resolve on the platform. */
  relativeRequires: string[];
  /**
   * `$request.get/post/put/patch/delete(...)`: the pre-2.3 Request API (docs/platform.md "Manifest (platform 3.0)").
   */
  legacyRequestCalls: Located[];
}

const LEGACY_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/**
 * Parses server.js with the TypeScript parser (JavaScript mode; already a dev dependency) and collects the
 * facts above. Only *top-level* statements count for ESM and `module.exports`: a bundle legitimately contains
 * `module.exports` inside esbuild's CommonJS wrappers or UMD guards, which the FDK runs without trouble.
 */
export function sourceFacts(source: string): SourceFacts {
  const sf = ts.createSourceFile('server.js', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const lineOf = (node: ts.Node): number => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const facts: SourceFacts = {
    esm: [],
    moduleExports: [],
    assignsExports: false,
    requiredPackages: [],
    relativeRequires: [],
    legacyRequestCalls: [],
  };

  for (const st of sf.statements) {
    if (isEsmStatement(st)) facts.esm.push({ line: lineOf(st), what: firstLine(st.getText(sf)) });
    if (ts.isExpressionStatement(st) && ts.isBinaryExpression(st.expression)) {
      const { left, operatorToken } = st.expression;
      if (operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
      if (ts.isIdentifier(left) && left.text === 'exports') facts.assignsExports = true;
      if (isModuleExports(left)) facts.moduleExports.push({ line: lineOf(st), what: 'module.exports =' });
    }
  }

  const visit = (node: ts.Node): void => {
    if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) {
      facts.esm.push({ line: lineOf(node), what: 'import.meta' });
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const arg = node.arguments[0];
      if (callee.kind === ts.SyntaxKind.ImportKeyword) {
        facts.esm.push({ line: lineOf(node), what: 'import()' });
      } else if (ts.isIdentifier(callee) && callee.text === 'require' && arg && ts.isStringLiteralLike(arg)) {
        const target = arg.text;
        const list = target.startsWith('.') ? facts.relativeRequires : facts.requiredPackages;
        if (!list.includes(target)) list.push(target);
      } else if (
        ts.isPropertyAccessExpression(callee) &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text === '$request' &&
        LEGACY_METHODS.has(callee.name.text)
      ) {
        facts.legacyRequestCalls.push({ line: lineOf(node), what: callee.name.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return facts;
}

function isEsmStatement(st: ts.Statement): boolean {
  if (
    ts.isImportDeclaration(st) ||
    ts.isImportEqualsDeclaration(st) ||
    ts.isExportDeclaration(st) ||
    ts.isExportAssignment(st)
  ) {
    return true;
  }
  const modifiers = ts.canHaveModifiers(st) ? ts.getModifiers(st) : undefined;
  return modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
}

function isModuleExports(node: ts.Expression): boolean {
  return (
    ts.isPropertyAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'module' &&
    node.name.text === 'exports'
  );
}

const firstLine = (text: string): string => {
  const line = text.split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
};

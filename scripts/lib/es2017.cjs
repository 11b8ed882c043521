// Syntax older mini-program engines can parse. WeChat's upload can transpile ES6 → ES5 but not newer syntax
// (`?.`, `??`, `??=`, class fields, object spread…): on an old iOS engine such code is a syntax error and a
// white screen (https://developers.weixin.qq.com/miniprogram/dev/devtools/codecompile.html). Every .js in the
// weapp build must parse as ES2017. CommonJS so that the scripts (ESM) and jest (CommonJS) share it.
const fs = require('fs')
const path = require('path')
const acorn = require('acorn')

const ECMA_VERSION = 2017

/** Every .js file under dir, relative paths, sorted. */
function jsFiles(dir) {
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js')).sort()
}

/** The first syntax error of `source` parsed as an ES2017 script, or null. */
function es2017Violation(source) {
  try {
    acorn.parse(source, { ecmaVersion: ECMA_VERSION, sourceType: 'script' })
    return null
  } catch (err) {
    const pos = typeof err.pos === 'number' ? err.pos : 0
    return { message: String(err.message), at: err.loc ? `${err.loc.line}:${err.loc.column}` : '?', excerpt: source.slice(Math.max(0, pos - 30), pos + 30) }
  }
}

/** One entry per file under dir that does not parse as ES2017. */
function es2017Violations(dir) {
  const out = []
  for (const f of jsFiles(dir)) {
    const v = es2017Violation(fs.readFileSync(path.join(dir, f), 'utf8'))
    if (v) out.push({ file: f, ...v })
  }
  return out
}

module.exports = { ECMA_VERSION, jsFiles, es2017Violation, es2017Violations }

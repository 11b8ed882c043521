// The settings WeChat uses when the project is uploaded (project.config.json `setting`, see
// https://developers.weixin.qq.com/miniprogram/dev/devtools/projectconfig.html), translated to miniprogram-ci's
// compile settings, so the compile check and `npm run bench` measure the package as it is uploaded.
import * as fs from 'fs'
import * as path from 'path'

/** project.config.json `setting` → miniprogram-ci `ICompileSettings`. */
export function ciSettings(setting) {
  const s = setting ?? {}
  return {
    es6: s.es6 === true,
    es7: s.enhance === true,
    minify: s.minified === true,
    minifyJS: s.minified === true,
    minifyWXML: (s.minifyWXML ?? s.minified) === true,
    minifyWXSS: (s.minifyWXSS ?? s.minified) === true,
    autoPrefixWXSS: s.postcss === true
  }
}

export function uploadSettings(root) {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'project.config.json'), 'utf8'))
  return ciSettings(config.setting)
}

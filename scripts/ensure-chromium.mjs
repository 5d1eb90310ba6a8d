#!/usr/bin/env node
// Makes sure a headless Chromium is there for the rendering test: Debian's `chromium` package, installed
// with apt-get when absent (CI and developers' machines run as root). No browser is downloaded otherwise.
import { execFileSync } from 'node:child_process'
import { findChromium } from '../tools/summary-page.mjs'

if (findChromium()) process.exit(0)
// As root (CI here, the developers' machines) apt-get runs as it is; elsewhere through sudo, if there is one.
const root = process.getuid?.() === 0
const apt = (...args) =>
  execFileSync(root ? 'apt-get' : 'sudo', root ? args : ['-n', 'apt-get', ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  })
console.error("Installing Debian's chromium (and an emoji font, for the screenshots) for the rendering test…")
try {
  apt('update')
  apt('install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-color-emoji')
} catch (error) {
  console.error(`Could not install chromium (${String(error)}): install it with \`apt-get install -y chromium\`.`)
  process.exit(1)
}
if (!findChromium()) {
  console.error('apt-get installed chromium, but it is not at /usr/bin/chromium.')
  process.exit(1)
}

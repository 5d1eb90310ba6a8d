import { start } from './start.js'

// start() validates, asks for the token and hands over to main.ts's run(), which reports every failure
// itself (core.setFailed); nothing is left to catch here.
void start()

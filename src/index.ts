import { run } from './main.js'

// run() reports every failure itself (core.setFailed); nothing is left to catch here.
void run()

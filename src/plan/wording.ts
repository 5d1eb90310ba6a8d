// Words the findings and the report share.

/** The word for a count: `one` for 1, `many` (the word and an s unless given) otherwise. */
export const noun = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many)

/** "1 account", "2 accounts"; `many` for a plural that is not the word and an s. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${noun(n, one, many)}`

/**
 * A reading's answers kept by key, for readings several rules ask about the same text: the English
 * tagger behind them is the coach's costly part (`grove lint` stays under a second on 100 KRs).
 * Past `limit` keys it forgets them all at once, so a long-running server does not grow without bound.
 */
export function keptBy<A, T>(keyOf: (input: A) => string, read: (input: A) => T, limit = 2000): (input: A) => T {
  const answers = new Map<string, T>();
  return (input) => {
    const key = keyOf(input);
    if (answers.has(key)) return answers.get(key) as T;
    const answer = read(input);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}

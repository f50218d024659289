import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';

/**
 * Counts the document's tokens before Apollo parses it, stopping at the first one over `max`: graphql-armor's
 * token limit runs inside Apollo's parsing hook, where its refusal became an HTTP 500.
 * A lexing error is not ours to answer: Apollo's parser reports it (400) with its position.
 */
export function overTokenLimit(query: string, max: number): boolean {
  const lexer = new Lexer(new Source(query));
  try {
    for (let count = 0; lexer.advance().kind !== TokenKind.EOF; ) {
      if (++count > max) return true;
    }
  } catch (error) {
    if (error instanceof GraphQLError) return false;
    throw error;
  }
  return false;
}

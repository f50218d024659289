import { z } from 'zod';
import { EnvError, loadEnv } from './load-env.js';

describe('loadEnv', () => {
  const schema = z.object({ PORT: z.coerce.number().int(), URL: z.string().url(), NAME: z.string().default('x') });

  it('parses and applies defaults', () => {
    expect(loadEnv(schema, { PORT: '4001', URL: 'http://127.0.0.1' })).toEqual({ PORT: 4001, URL: 'http://127.0.0.1', NAME: 'x' });
  });

  it('lists every problem at once', () => {
    let message = '';
    try {
      loadEnv(schema, { PORT: 'abc', URL: 'nope' });
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      message = (error as Error).message;
    }
    expect(message).toContain('PORT');
    expect(message).toContain('URL');
  });
});

import { describeHostile } from './hostile.scenarios.js';

describeHostile('embedded');

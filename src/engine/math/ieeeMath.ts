// The engine's exp, log, log1p, expm1 and pow, in plain JavaScript (stdlib's ports of FreeBSD's
// msun/fdlibm): built from + − × ÷ alone, which IEEE 754 rounds the same everywhere, they give
// the same bits in every JavaScript engine. Math's own do not: Debian's Chromium 156 and Node 20
// disagree in the last bit on about one exp, log or pow in ten, so a run in the browser would not
// equal the same run in Node. These are within an ulp (not always correctly rounded: exp(1) is
// one ulp above e) and agree with Node 20's exp, log, log1p and expm1 on almost every argument;
// pow differs from Node's in the last bit on a few in a hundred. `sqrt` is exactly rounded by
// IEEE 754: Math.sqrt is safe. ESLint forbids the Math ones in src/engine. exp is stdlib's with a
// faster last step, bit for bit the same (exp.ts).
import expm1 from '@stdlib/math-base-special-expm1';
import ln from '@stdlib/math-base-special-ln';
import log1p from '@stdlib/math-base-special-log1p';
import pow from '@stdlib/math-base-special-pow';
import { exp } from './exp.ts';

export { exp, expm1, ln as log, log1p, pow };

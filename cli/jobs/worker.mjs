// Bootstrap of a pool worker: Node 20 cannot load .ts in a worker under tsx
// without registering tsx in that thread first (see TOOLCHAIN.md).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');

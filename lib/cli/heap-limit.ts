/** NODE_OPTIONS with the production server's heap limit (SERVER_HEAP_MB), unless the operator set one there. */
export function withHeapLimit(nodeOptions: string | undefined, heapMb: number): string {
  const options = nodeOptions?.trim() ?? "";
  if (/--max-old-space-size[=\s]/.test(options)) return options;
  return `${options} --max-old-space-size=${heapMb}`.trim();
}

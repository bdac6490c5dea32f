export function MenuSeparator() {
  return <div role="separator" className="my-1 h-px bg-line" />;
}

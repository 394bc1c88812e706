/**
 * Text a reader typed (a program's name, a note), shown among the site's own words. `<bdi>`
 * isolates its direction, so a name holding right-to-left text or a control such as U+202E
 * cannot reverse the words around it; `wrap-anywhere` lets a name with no spaces (a pasted web
 * address) break instead of pushing the page wider than a phone.
 */
export function UserText({ children }: { children: string }) {
  return <bdi className="wrap-anywhere">{children}</bdi>;
}

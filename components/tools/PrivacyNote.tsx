/** What happens to the text a reader pastes, said on each tool's page. */
export function PrivacyNote() {
  return (
    <section aria-labelledby="privacy-heading" className="rounded border-l-4 border-blue-700 bg-blue-50 p-4 dark:border-blue-400 dark:bg-zinc-900 print:hidden">
      <h2 id="privacy-heading" className="text-lg font-bold">What happens to your text</h2>
      <p>
        Nothing is saved. With JavaScript on, the check runs in your browser and your text is not sent anywhere. With
        JavaScript off, your text goes to our server once, so it can show you the result. The server does not store it or
        keep a record of it.
      </p>
    </section>
  );
}

// A news page whose JSON-LD names four people and an organisation, the way wire stories with a long byline
// mark it up (no corpus page has more than two authors).
export function manyAuthorsPage(): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Court hears appeal over harbour works',
    datePublished: '2024-03-05T08:00:00+01:00',
    author: [
      { '@type': 'Person', name: 'Maria Anna Lindqvist' },
      { '@type': 'Person', name: 'Min-Jun Kim' },
      { '@type': 'Person', name: 'Kwame Mensah' },
      { '@type': 'Person', name: 'Aoife Walsh' },
      { '@type': 'Organization', name: 'Associated Press' },
    ],
    publisher: { '@type': 'Organization', name: 'The Harbour Gazette' },
  };
  const p = 'The appeal court heard on Tuesday that the harbour works had been approved without a full study of the tides, a lawyer for the fishing cooperative said. ';
  return `<!doctype html><html lang="en"><head><title>Court hears appeal over harbour works | The Harbour Gazette</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Court hears appeal over harbour works</h1>
<p>${p.repeat(2)}</p><p>${p}</p><p>“We only ask that the study be done before the first stone is laid,” said Aoife Walsh, who chairs the cooperative.</p></article></body></html>`;
}

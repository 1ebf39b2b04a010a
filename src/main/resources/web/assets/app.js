// Progressive enhancement only: every page reads and searches without this file.

// htmx requests carry the CSRF token the page was rendered with (Spring Security checks it).
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// Mermaid is large: only pages that show a diagram name its module, and it loads on demand.
const mermaidModule = document.querySelector('meta[name="mermaid-module"]');
const diagramsModule = document.querySelector('meta[name="diagrams-module"]');
if (mermaidModule && diagramsModule) {
  import(diagramsModule.content).then((diagrams) => diagrams.draw(mermaidModule.content));
}

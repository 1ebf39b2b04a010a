// Draws the Mermaid code blocks of a page (```mermaid in members' markdown) as diagrams. The
// source stays in the page, so without JavaScript the diagram's text is still there to read.
export async function draw(moduleUrl) {
  const blocks = [...document.querySelectorAll("pre > code.language-mermaid")];
  if (blocks.length === 0) {
    return;
  }
  const { default: mermaid } = await import(moduleUrl);
  const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default" });
  let n = 0;
  for (const code of blocks) {
    const pre = code.parentElement;
    try {
      const { svg } = await mermaid.render(`diagram-${n++}`, code.textContent);
      const figure = document.createElement("figure");
      figure.className = "diagram";
      figure.innerHTML = svg;
      const drawn = figure.querySelector("svg");
      if (drawn) {
        drawn.setAttribute("role", "img");
        drawn.setAttribute("aria-label", "Diagram");
      }
      pre.replaceWith(figure);
    } catch (error) {
      pre.classList.add("diagram-error");
      pre.title = "This diagram could not be drawn: " + error.message;
    }
  }
}

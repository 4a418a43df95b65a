// A traceback in a console example is output, like the lines a statement prints; the
// highlighter marks only its first and last lines, so gather everything from
// "Traceback" to the next prompt into one output span, which the copy button leaves out.
function markTracebacks() {
  for (const code of document.querySelectorAll("pre > code")) {
    let output = null;
    for (const node of [...code.childNodes]) {
      const element = node.nodeType === Node.ELEMENT_NODE ? node : null;
      if (element && element.classList.contains("gp")) {
        output = null;
      } else if (element && element.classList.contains("gt")) {
        output = document.createElement("span");
        output.className = "go";
        code.insertBefore(output, node);
      }
      if (output) {
        output.appendChild(node);
      }
    }
  }
}

if (typeof document$ !== "undefined") {
  document$.subscribe(markTracebacks); // the theme's page-load signal
} else {
  document.addEventListener("DOMContentLoaded", markTracebacks);
}

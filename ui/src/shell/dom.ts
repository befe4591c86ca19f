/** A tiny element builder: h('button', { class: 'x', onclick }, 'text', child). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, unknown>> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value as EventListener);
    else if (name === 'class') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** A translated text whose {name} placeholders are elements: "按 {enter} 打开" with a <kbd> for {enter}. */
export function withElements(text: string, elements: Record<string, Node>): (Node | string)[] {
  return text.split(/(\{\w+\})/).filter(Boolean).map((part) => elements[part.slice(1, -1)]?.cloneNode(true) ?? part);
}

/**
 * A JSX runtime that builds HTML strings, for MDX evaluated outside Astro (render-mdx.ts). It
 * covers what compiled MDX produces: HTML elements with HTML attribute names, fragments, text,
 * numbers and the static HTML that the compiler has already serialised ("set:html").
 */
import { escapeXml } from './escape.ts';

const html = Symbol('html');

/** Markup that is already safe to place in a page. */
export interface Html {
  readonly [html]: string;
}

type Child = Html | string | number | boolean | null | undefined | Child[];
type Props = Record<string, unknown> & { children?: Child };
type Component = (props: Props) => Child;

/** Elements that have no closing tag. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function markup(text: string): Html {
  return { [html]: text };
}

export function htmlOf(child: Child): string {
  if (child === null || child === undefined || typeof child === 'boolean') return '';
  if (Array.isArray(child)) return child.map(htmlOf).join('');
  if (typeof child === 'object') return child[html];
  return escapeXml(String(child));
}

function attribute(name: string, value: unknown): string {
  if (value === false || value === null || value === undefined) return '';
  if (value === true) return ` ${name}`;
  if (name === 'style' && typeof value === 'object') {
    const declarations = Object.entries(value as Record<string, unknown>).map(([property, v]) => `${property}:${String(v)}`);
    return ` style="${escapeXml(declarations.join(';'))}"`;
  }
  return ` ${name}="${escapeXml(String(value))}"`;
}

export const Fragment: Component = (props) => markup(htmlOf(props.children));

/** Stands in for the component MDX's static optimisation names: its HTML is already serialised. */
export const StaticHtml: Component = (props) => markup(String(props['set:html'] ?? ''));

export function jsx(type: string | Component, props: Props): Html {
  if (typeof type === 'function') return markup(htmlOf(type(props)));
  const { children, ...attributes } = props;
  const open = `<${type}${Object.entries(attributes).map(([name, value]) => attribute(name, value)).join('')}>`;
  return markup(voidElements.has(type) ? open : `${open}${htmlOf(children)}</${type}>`);
}

export const jsxs = jsx;

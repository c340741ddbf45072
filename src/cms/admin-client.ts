// Browser script for /admin/, loaded right after Decap's own bundle. It registers, through
// Decap's documented extension API (window.CMS, window.h, window.createClass):
// - two file formats that write YAML the way the content check reads it: every date-like
//   string in quotes ('2018-02-09'), because an unquoted date would become a Date and be refused;
// - a widget for the maps keyed by column id (table rows, tasks per column), edited as YAML.
import { parse } from 'yaml';
import { cmsKeyedMapErrors } from '../i18n/cms-client';
import { CMS_FORMATS, KEYED_MAP_WIDGET, ORIGINAL_TEXT_KEY } from './names';
import { mdxFormat, toYaml, yamlFormat } from './formats';

type Data = Record<string, unknown>;
/** The part of Immutable's Map that the preSave listener uses. */
interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
}
type Element = unknown;
interface ControlProps {
  value: unknown;
  field: { get(key: string): unknown };
  onChange: (value: unknown) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}
interface ControlInstance {
  props: ControlProps;
  state: { text: string; error: string };
  setState(state: Partial<ControlInstance['state']>): void;
}
interface DecapWindow {
  CMS: {
    registerCustomFormat(
      name: string,
      extension: string,
      formatter: { fromFile(content: string): Data; toFile(data: Data, keys?: string[]): string },
    ): void;
    registerWidget(name: string, control: unknown): void;
    registerEventListener(listener: {
      name: 'preSave';
      handler: (event: { entry: ImmutableMap }) => ImmutableMap | undefined;
    }): void;
  };
  h: (type: string, props: Data | null, ...children: unknown[]) => Element;
  createClass: (spec: Data & ThisType<ControlInstance>) => unknown;
}

const { CMS, h, createClass } = window as unknown as DecapWindow;

// «Redigér» on the review list links to /admin/?rediger=<collection>/<id>: open that entry.
const entry = new URLSearchParams(location.search).get('rediger');
if (entry && /^[a-z]+\/[a-z0-9-]+$/.test(entry)) {
  const [collection, id] = entry.split('/');
  history.replaceState(null, '', `${location.pathname}#/collections/${collection}/entries/${id}`);
}

const plain = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'toJS' in value
    ? (value as { toJS(): unknown }).toJS()
    : value;

// Decap gives a format only the entry's data. Before a save, put the text the entry was loaded
// from (Decap's `raw`) beside it, so the format patches that text (src/cms/yaml-patch.ts).
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const raw = entry.get('raw');
    if (entry.get('newRecord') || typeof raw !== 'string' || raw === '') return undefined;
    return (entry.get('data') as ImmutableMap).set(ORIGINAL_TEXT_KEY, raw);
  },
});

CMS.registerCustomFormat(CMS_FORMATS.yaml, 'yaml', yamlFormat);
CMS.registerCustomFormat(CMS_FORMATS.mdx, 'mdx', mdxFormat);

CMS.registerWidget(
  KEYED_MAP_WIDGET,
  createClass({
    getInitialState() {
      const value = plain(this.props.value);
      return { text: value === undefined || value === null ? '' : toYaml(value), error: '' };
    },
    handleChange(event: { target: { value: string } }) {
      const text = event.target.value;
      try {
        const value: unknown = parse(text);
        const isMap = (item: unknown) =>
          typeof item === 'object' && item !== null && !Array.isArray(item);
        // `multiple`: a list of maps (a table's rows), else one map.
        if (this.props.field.get('multiple')) {
          if (!Array.isArray(value) || !value.every(isMap)) {
            this.setState({ text, error: cmsKeyedMapErrors.notAList });
            return;
          }
        } else if (!isMap(value)) {
          this.setState({ text, error: cmsKeyedMapErrors.notAMap });
          return;
        }
        this.setState({ text, error: '' });
        this.props.onChange(value);
      } catch (error) {
        this.setState({ text, error: cmsKeyedMapErrors.syntax((error as Error).message) });
      }
    },
    isValid() {
      return this.state.error ? { error: { message: this.state.error } } : true;
    },
    render() {
      return h(
        'div',
        null,
        h('textarea', {
          id: this.props.forID,
          className: this.props.classNameWrapper,
          value: this.state.text,
          rows: this.props.field.get('multiple') ? 16 : 6,
          spellCheck: false,
          onChange: (event: { target: { value: string } }) =>
            (this as unknown as { handleChange(e: typeof event): void }).handleChange(event),
          onFocus: this.props.setActiveStyle,
          onBlur: this.props.setInactiveStyle,
        }),
        this.state.error ? h('p', { role: 'alert' }, this.state.error) : null,
      );
    },
  }),
);

// Runs kring-cms.js (the file the editor ships) under Node with the three globals Decap gives it
// (CMS.registerWidget, h = React.createElement, createClass), then renders each case from stdin and
// prints what the form shows and what a change would write. Usage: node widgets-harness.js kring-cms.js
'use strict';
const fs = require('fs');
const widgets = {};
function h(type, props, ...children) {
  return { type, props: props || {}, children: children.flat() };
}
// An Immutable.Map-like field: get(key) and, for options, toJS()
function field(plain) {
  return {
    get(key) {
      const value = plain[key];
      if (Array.isArray(value)) {
        return { toJS: () => value };
      }
      return value;
    },
  };
}
global.window = {
  CMS: { registerWidget: (name, control) => { widgets[name] = control; } },
  h,
  createClass: spec => spec,
};
new Function(fs.readFileSync(process.argv[2], 'utf8'))();
const cases = JSON.parse(fs.readFileSync(0, 'utf8'));
function find(node, type, into = []) {
  if (node && typeof node === 'object') {
    if (node.type === type) into.push(node);
    (node.children || []).forEach(child => find(child, type, into));
  }
  return into;
}
const results = cases.map(c => {
  const spec = widgets[c.widget];
  const written = [];
  const props = {
    value: c.value, field: field(c.field || {}), forID: 'f', classNameWrapper: '',
    onChange: v => written.push(v === undefined ? '(undefined)' : v),
    setActiveStyle() {}, setInactiveStyle() {},
  };
  const self = { props };
  const tree = spec.render.call(self);
  const valid = spec.isValid.call(self);
  const result = { valid: valid === true ? true : valid.error.message };
  if (c.widget === 'janee') {
    result.shown = tree.props.value;
    result.options = find(tree, 'option').map(o => o.props.value);
    if (c.choose !== undefined) {
      tree.props.onChange({ target: { value: c.choose } });
      result.writes = written[0];
    }
  } else {
    const boxes = find(tree, 'input');
    result.checked = boxes.filter(b => b.props.checked).map((b, i) => find(tree, 'label')
      .find(l => l.props.htmlFor === b.props.id).children.join(''));
    if (c.toggle !== undefined) {
      const box = boxes.find(b => find(tree, 'label').find(l => l.props.htmlFor === b.props.id).children.join('') === c.toggle);
      box.props.onChange({ target: { checked: !box.props.checked } });
      result.writes = written[0];
    }
  }
  return result;
});
process.stdout.write(JSON.stringify(results));

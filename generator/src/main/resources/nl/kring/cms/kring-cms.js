/*
 * Kring's own widgets for Decap CMS, registered after decap-cms.js has loaded (same origin, no inline script).
 *
 * Decap's select and boolean widgets compare values strictly: a file that says `private: ja`, `private: yes`
 * or `topics: rouw` (all accepted by Kring) would show an empty form field, and saving after a careless click
 * could publish a private address. These widgets read every form Kring accepts and write the canonical one:
 *   janee  - Ja / Nee / (leeg): reads true/false and yes/no/ja/nee in any capitals; writes true/false or nothing.
 *   keuzes - several choices as checkboxes: reads a single value or a list; writes a list, or the field's
 *            `single` value (Kring's `regions: all`) on its own.
 *
 * It also lays out an entry's form for a phone (see PHONE below).
 */
(function () {
  'use strict';
  var CMS = window.CMS, h = window.h, createClass = window.createClass;
  if (!CMS || !h || !createClass) {
    return;
  }
  var YES = ['true', 'yes', 'ja'];
  var NO = ['false', 'no', 'nee'];

  /** true, false, null (empty) or undefined (something Kring does not read as a yes/no: shown, never changed). */
  function yesNo(value) {
    if (value === true || value === false) {
      return value;
    }
    if (value === null || value === undefined || value === '') {
      return null;
    }
    var text = String(value).trim().toLowerCase();
    if (YES.indexOf(text) >= 0) {
      return true;
    }
    if (NO.indexOf(text) >= 0) {
      return false;
    }
    return undefined;
  }

  var JaNee = createClass({
    isValid: function () {
      var field = this.props.field;
      if (field.get('only_yes') && yesNo(this.props.value) !== true) {
        return { error: { type: 'CUSTOM', message: field.get('only_yes_message') } };
      }
      if (yesNo(this.props.value) === undefined) {
        return { error: { type: 'CUSTOM', message: field.get('unreadable_message') } };
      }
      return true;
    },
    render: function () {
      var props = this.props;
      var current = yesNo(props.value);
      var chosen = current === true ? 'ja' : current === false ? 'nee' : current === null ? '' : 'onleesbaar';
      var options = [h('option', { key: 'leeg', value: '' }, props.field.get('empty_label') || '')];
      if (current === undefined) {
        options.push(h('option', { key: 'onleesbaar', value: 'onleesbaar' }, String(props.value)));
      }
      options.push(h('option', { key: 'ja', value: 'ja' }, 'Ja'), h('option', { key: 'nee', value: 'nee' }, 'Nee'));
      return h('select', {
        id: props.forID,
        className: props.classNameWrapper,
        value: chosen,
        onFocus: props.setActiveStyle,
        onBlur: props.setInactiveStyle,
        onChange: function (event) {
          var v = event.target.value;
          props.onChange(v === 'ja' ? true : v === 'nee' ? false : v === 'onleesbaar' ? props.value : null);
        }
      }, options);
    }
  });

  function asList(value) {
    if (value === null || value === undefined || value === '') {
      return [];
    }
    if (value && typeof value.toJS === 'function') {
      value = value.toJS();
    }
    return (Array.isArray(value) ? value : [value]).map(function (item) { return String(item); });
  }

  var Keuzes = createClass({
    isValid: function () {
      var field = this.props.field;
      var min = field.get('min');
      if (min && asList(this.props.value).length < min) {
        return { error: { type: 'CUSTOM', message: field.get('min_message') } };
      }
      return true;
    },
    render: function () {
      var props = this.props;
      var field = props.field;
      var single = field.get('single');
      var chosen = asList(props.value);
      var options = field.get('options').toJS();
      var known = options.map(function (o) { return String(o.value); });
      // values Kring may know but this configuration does not (e.g. a topic added since): kept, shown as written
      chosen.forEach(function (value) {
        if (known.indexOf(value) < 0) {
          options.push({ label: value, value: value });
        }
      });
      function change(value, on) {
        var next = on
          ? (value === single ? [single] : chosen.filter(function (v) { return v !== single; }).concat([value]))
          : chosen.filter(function (v) { return v !== value; });
        if (single !== undefined && next.length === 1 && next[0] === single) {
          props.onChange(single);
        } else {
          props.onChange(next.length ? next : null);
        }
      }
      // Decap's label points at forID; a fieldset cannot be labelled that way, so it carries the label itself
      return h('fieldset', { id: props.forID, className: props.classNameWrapper, style: { border: 0 },
          'aria-label': field.get('label') },
        options.map(function (option, index) {
          var id = props.forID + '-' + index;
          var value = String(option.value);
          return h('div', { key: value },
            h('input', {
              type: 'checkbox', id: id, checked: chosen.indexOf(value) >= 0,
              onChange: function (event) { change(value, event.target.checked); }
            }),
            ' ',
            h('label', { htmlFor: id }, option.label));
        }));
    }
  });

  function Preview(props) {
    var value = props.value;
    if (value && typeof value.toJS === 'function') {
      value = value.toJS();
    }
    return h('p', {}, Array.isArray(value) ? value.join(', ') : String(value === null || value === undefined ? '' : value));
  }

  CMS.registerWidget('janee', JaNee, Preview);
  CMS.registerWidget('keuzes', Keuzes, Preview);

  /*
   * Decap lays out an entry's form and its toolbar at least 800 px wide: on a phone the fields ran off the right
   * of the screen, and the toolbar's buttons (publish, delete) could only be reached by scrolling sideways.
   * Below 800 px the form takes the screen's width and the toolbar wraps onto as many lines as it needs, above
   * the form instead of over it. Decap's elements are found by the component names in their class names
   * (EditorContainer, ToolbarContainer, Editor); wider screens keep Decap's own layout.
   */
  var PHONE = '@media (max-width: 799px) {\n'
    + '  [class*="-EditorContainer"], [class*="-ToolbarContainer"] { min-width: 0 !important; }\n'
    + '  [class*="-EditorContainer"] { display: flex !important; flex-direction: column; padding-top: 0 !important; }\n'
    + '  [class*="-ToolbarContainer"] { position: relative !important; height: auto !important; flex: none;'
    + ' flex-wrap: wrap; }\n'
    + '  [class*="-ToolbarContainer"] > * { height: auto !important; min-height: 48px; flex-wrap: wrap;'
    + ' border: 0 !important; }\n'
    + '  [class*="-EditorContainer"] > [class*="-Editor"] { flex: 1; min-height: 0; height: auto !important; }\n'
    + '}\n';
  if (typeof document !== 'undefined' && document.head) {   // not when the widgets are tested under Node
    var style = document.createElement('style');
    style.textContent = PHONE;
    document.head.appendChild(style);
  }
})();

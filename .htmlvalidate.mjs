// html-validate configuration for the built pages (tests/build/html-validity.test.ts).
// The recommended rule set, with only these changes; each says why.
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Checkboxes that share a name are one multi-valued field: the case selection is a GET
    // form with <input type="checkbox" name="ids"> per case, which submits ?ids=a&ids=b and
    // so works without JavaScript. The default `shared` list only covers radios and buttons;
    // any other duplicate name is still an error.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
    // Wide tables scroll inside <div class="table-scroll" role="region" tabindex="0"
    // aria-labelledby="…caption">, the usual pattern for a keyboard-scrollable region. A
    // <section> would give the same accessibility tree, so the rule's preference adds nothing
    // here; every other role still has to use its native element.
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
};

/* Draftail plugin for the "lang" rich text feature: asks for a language tag and marks the selection with it. */
(() => {
  const React = window.React;
  const { EditorState, RichUtils } = window.DraftJS;
  const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
  const question = document.documentElement.lang.startsWith("de")
    ? "Sprache des markierten Textes (z. B. en, de, fr) – leer lassen, um die Markierung zu entfernen:"
    : "Language of the selected text (e.g. en, de, fr) – leave empty to remove the mark:";

  class LanguageSource extends React.Component {
    componentDidMount() {
      const { editorState, entity, entityType, onComplete } = this.props;
      const current = entity ? entity.getData().lang : "en";
      const answer = window.prompt(question, current);
      const selection = editorState.getSelection();
      if (answer === null) {
        onComplete(editorState);
        return;
      }
      const lang = answer.trim();
      if (!lang || !LANGUAGE_TAG.test(lang)) {
        onComplete(RichUtils.toggleLink(editorState, selection, null));
        return;
      }
      const content = editorState.getCurrentContent().createEntity(entityType.type, "MUTABLE", { lang });
      const entityKey = content.getLastCreatedEntityKey();
      const withEntity = EditorState.push(editorState, content, "apply-entity");
      onComplete(RichUtils.toggleLink(withEntity, selection, entityKey));
    }

    render() {
      return null;
    }
  }

  const LanguageDecorator = ({ entityKey, contentState, children }) => {
    const { lang } = contentState.getEntity(entityKey).getData();
    return React.createElement("span", { lang, className: "gm-lang-mark", "data-lang": lang, title: lang }, children);
  };

  window.draftail.registerPlugin({ type: "LANG", source: LanguageSource, decorator: LanguageDecorator }, "entityTypes");
})();

import { type KeyboardEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { usePeople } from "../../api/queries.ts";
import type { Person } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { QueryList } from "../../ui/QueryList.tsx";
import { reasonText } from "../auth/reasons.ts";
import { type Comment, type Thread, useComments, useCommentWrites } from "./history-queries.ts";
import { useReadingRights } from "./useReadingRights.ts";

interface Props {
  thread: Thread;
  unitId: string;
  title: string;
  /** When a summary above already names the thread, the heading is for screen readers only. */
  titleHidden?: boolean;
}

/** The discussion of a KR or of an objective: comments oldest first, @mentions picked from the organisation. */
export function DiscussionThread({ thread, unitId, title, titleHidden = false }: Props) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const comments = useComments(org, thread);
  const rights = useReadingRights(org, unitId);
  const headingId = useId();
  return (
    <section className="discussion stack" aria-labelledby={headingId}>
      <h3 id={headingId} className={titleHidden ? "visually-hidden" : "discussion__title"}>
        {title}
      </h3>
      <QueryList
        query={comments}
        none={t("krHistory.discussion.none")}
        height={48}
        className="discussion__list"
        ordered
      >
        {(comment) => <CommentItem key={comment.id} comment={comment} thread={thread} rights={rights} />}
      </QueryList>
      {rights.comment === null ? (
        <CommentComposer thread={thread} />
      ) : (
        rights.comment && <p className="subtle">{reasonText(t, rights.comment)}</p>
      )}
    </section>
  );
}

function CommentItem({
  comment,
  thread,
  rights,
}: {
  comment: Comment;
  thread: Thread;
  rights: ReturnType<typeof useReadingRights>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org } = useOrg();
  const { remove } = useCommentWrites(org, thread);
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <li className="discussion__item">
        <CommentComposer thread={thread} editing={comment} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="discussion__item">
      <div className="discussion__head">
        <strong>{comment.authorName ?? t("krHistory.someone")}</strong>
        <time className="subtle" dateTime={comment.createdAt}>
          {format.dateTime(comment.createdAt)}
        </time>
        {comment.editedAt && <span className="subtle">({t("krHistory.discussion.edited")})</span>}
      </div>
      <p className="discussion__body user-text">{comment.body}</p>
      {comment.mentions.length > 0 && (
        <p className="subtle discussion__mentions">
          {t("krHistory.discussion.mentioned", { names: comment.mentions.map((m) => m.name).join(", ") })}
        </p>
      )}
      <div className="discussion__actions">
        {rights.edit(comment.authorId) && (
          <button type="button" className="btn btn--ghost btn--small" onClick={() => setEditing(true)}>
            {t("krHistory.discussion.edit")}
          </button>
        )}
        {rights.remove(comment.authorId) && (
          <button
            type="button"
            className="btn btn--ghost btn--small"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(t("krHistory.discussion.confirmDelete"))) remove.mutate(comment.id);
            }}
          >
            {t("krHistory.discussion.delete")}
          </button>
        )}
      </div>
      <FailureAlert error={remove.error} onRetry={resend(remove)} busy={remove.isPending} noFields />
    </li>
  );
}

/** The "@words" being typed right before the caret, if any: what the suggestions match. */
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (
    at === -1 ||
    (at > 0 && /[\p{L}\p{N}]/u.test(before.charAt(at - 1)) && !/\p{Script=Han}/u.test(before.charAt(at - 1)))
  )
    return null;
  const query = before.slice(at + 1);
  if (query.length > 30 || query.includes("\n")) return null;
  return { start: at, query };
}

function CommentComposer({ thread, editing, onDone }: { thread: Thread; editing?: Comment; onDone?: () => void }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const people = usePeople(org);
  const { post, edit } = useCommentWrites(org, thread);
  const mutation = editing ? edit : post;
  const [body, setBody] = useState(editing?.body ?? "");
  const [picked, setPicked] = useState<Person[]>([]);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const labelId = useId();

  const open = mentionQuery(body, caret);
  const suggestions =
    open && open.start !== dismissed
      ? (people.data ?? [])
          .filter((p) => p.name.toLocaleLowerCase().includes(open.query.toLocaleLowerCase()))
          .slice(0, 6)
      : [];

  const choose = (person: Person) => {
    if (!open) return;
    const next = `${body.slice(0, open.start)}@${person.name} ${body.slice(caret)}`;
    const position = open.start + person.name.length + 2;
    setBody(next);
    setPicked((list) => (list.some((p) => p.id === person.id) ? list : [...list, person]));
    setCaret(position);
    setActive(0);
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(position, position);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (suggestions.length === 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + suggestions.length) % suggestions.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      const person = suggestions[active];
      if (person) choose(person);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation(); // close the suggestions, not the dialog
      setDismissed(open?.start ?? null);
    }
  };

  const submit = () => {
    const text = body.trim();
    if (!text) return;
    // Only the people whose @name is still in the text; the server also finds names typed by hand.
    const mentionIds = picked.filter((p) => text.includes(`@${p.name}`)).map((p) => p.id);
    const payload = { body: text, mentionIds };
    const done = () => {
      setBody("");
      setPicked([]);
      onDone?.();
    };
    if (editing) edit.mutate({ id: editing.id, ...payload }, { onSuccess: done });
    else post.mutate(payload, { onSuccess: done });
  };

  const activeId = suggestions[active] ? `${listId}-${suggestions[active].id}` : undefined;
  return (
    <form
      className="composer stack stack--2"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label id={labelId} className="field__label" htmlFor={`${listId}-input`}>
        {t("krHistory.discussion.label")}
      </label>
      <div className="composer__box">
        <textarea
          id={`${listId}-input`}
          ref={area}
          className="input composer__input"
          rows={editing ? 3 : 2}
          maxLength={5000}
          placeholder={t("krHistory.discussion.placeholder")}
          value={body}
          role="combobox"
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={suggestions.length > 0 ? activeId : undefined}
          onChange={(e) => {
            setBody(e.target.value);
            setCaret(e.target.selectionStart ?? e.target.value.length);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart ?? 0)}
          onKeyDown={onKeyDown}
        />
        <div
          id={listId}
          role="listbox"
          aria-label={t("krHistory.discussion.suggestions")}
          className="composer__suggestions"
          hidden={suggestions.length === 0}
        >
          {suggestions.map((person, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the textarea handles the keys (combobox pattern)
            <div
              key={person.id}
              id={`${listId}-${person.id}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className="composer__option"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(person)}
            >
              {person.name}
            </div>
          ))}
        </div>
      </div>
      <FailureAlert error={mutation.error} onRetry={submit} busy={mutation.isPending} />
      <div className="composer__actions">
        {editing && (
          <button type="button" className="btn btn--ghost btn--small" onClick={onDone}>
            {t("krHistory.discussion.cancel")}
          </button>
        )}
        <button type="submit" className="btn btn--primary btn--small" disabled={mutation.isPending || !body.trim()}>
          {editing ? t("krHistory.discussion.save") : t("krHistory.discussion.post")}
        </button>
      </div>
    </form>
  );
}

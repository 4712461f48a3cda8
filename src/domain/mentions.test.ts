import { describe, expect, it } from "vitest";
import { mentionedIn } from "./mentions.ts";

const people = [
  { id: "ada", name: "Ada Lovelace" },
  { id: "ann", name: "Ann" },
  { id: "anna", name: "Anna Berg" },
  { id: "wei", name: "张伟" },
  { id: "weiwei", name: "张伟伟" },
];

describe("@mentions in a comment", () => {
  it.each<[string, string, string[]]>([
    ["a full name with a space", "@Ada Lovelace can you check?", ["ada"]],
    ["case does not matter", "thanks @ada lovelace!", ["ada"]],
    ["a first name alone is not a full name", "@Ada can you check?", []],
    ["a shorter name inside a longer word is not a mention", "@Annabel joins", []],
    ["the longest name wins at one place", "@Anna Berg and @Ann", ["anna", "ann"]],
    ["in the order they appear, each once", "@Ann @Ada Lovelace @Ann", ["ann", "ada"]],
    ["Chinese names need no space after them", "请@张伟看一下", ["wei"]],
    ["the longer Chinese name wins", "@张伟伟你好", ["weiwei"]],
    ["punctuation ends a name", "(@Ann), ok", ["ann"]],
    ["no @, no mention", "Ada Lovelace and Ann", []],
    ["an e-mail address is not a mention", "mail ann@example.com", []],
  ])("%s", (_name, text, ids) => {
    expect(mentionedIn(text, people)).toEqual(ids);
  });
});

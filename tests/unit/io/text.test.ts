import { describe, expect, it } from 'vitest';
import { fileNameFor, safeFileStem } from '../../../src/io/fileName';
import { lineColumn, locateJsonError } from '../../../src/io/text';

describe('locateJsonError', () => {
  const where = (text: string) => {
    const e = locateJsonError(text);
    return e && { ...lineColumn(text, e.offset), message: e.message.en };
  };
  const zh = (text: string) => locateJsonError(text)?.message.zh;
  it('finds nothing wrong in valid JSON', () => {
    for (const ok of ['{}', '[]', '0', '-1.5e+3', '"a\\u00e9\\n"', ' {"a": [true, false, null, {"b": "c"}]} ']) {
      expect(locateJsonError(ok), ok).toBeNull();
      expect(() => JSON.parse(ok)).not.toThrow();
    }
  });
  it('says where and why', () => {
    expect(where('{"a": 1,\n "b" 2}')).toEqual({ line: 2, column: 6, message: "expected ':' after a field name, found '2'" });
    expect(where('{"a": [1, 2}')).toEqual({ line: 1, column: 12, message: "expected ',' or ']', found '}'" });
    expect(where('{"a": tru')).toMatchObject({ message: /truncated/ });
    expect(where('{"a": "x\ny"}')).toMatchObject({ line: 1, column: 9, message: /control character U\+000A/ });
    expect(where('{"a": 01}')).toMatchObject({ message: "expected ',' or '}', found '1'" });
    expect(where("{'a': 1}")).toMatchObject({ message: "expected a field name in double quotes, found '''" });
    expect(where('{} x')).toMatchObject({ column: 4, message: "unexpected 'x' after the end of the data" });
    expect(where('{"a": "\\q"}')).toMatchObject({ message: 'invalid escape \\q in a text value' });
    expect(where('[1,]')).toMatchObject({ message: "unexpected ']' where a value should be" });
  });
  it('says it in Chinese too', () => {
    expect(zh('{"a": 1,\n "b" 2}')).toBe("字段名后应为 ':'，实际为 '2'");
    expect(zh('{"a": [1, 2}')).toBe("此处应为 ',' 或 ']'，实际为 '}'");
    expect(zh('{"a": tru')).toBe('文件提前结束，似乎不完整');
    expect(zh('{"a": "x\ny"}')).toBe('文本值中有未转义的控制字符 U+000A');
    expect(zh('{"a": "x')).toBe('从此处开始的文本值没有结束引号，文件似乎不完整');
    expect(zh('{"a":1,}')).toBe("此处应为带双引号的字段名，实际为 '}'（JSON 不允许在 } 前加逗号）");
    expect(zh('{} x')).toBe("数据结束后还有多余的 'x'");
    expect(zh('{"a": "\\q"}')).toBe('文本值中的转义 \\q 无效');
    expect(zh('{"a": "\\u12"}')).toBe('文本值中的 \\u 转义无效');
    expect(zh('[1,]')).toBe("此处应为一个值，实际为 ']'");
  });
});

describe('fileNameFor', () => {
  const day = new Date(2026, 10, 29, 15, 30);
  it('keeps Chinese and carries the date', () => {
    expect(fileNameFor('信用卡分期办理旅程', 'json', day)).toBe('信用卡分期办理旅程-2026-11-29.json');
    expect(fileNameFor('Card journey', '.SVG', day)).toBe('Card journey-2026-11-29.svg');
  });
  it('replaces unsafe characters and trims what operating systems drop', () => {
    expect(fileNameFor('a/b\\c:d*e?f"g<h>i|j', 'csv', day)).toBe('a_b_c_d_e_f_g_h_i_j-2026-11-29.csv');
    expect(fileNameFor('  ..hidden. ', 'pdf', day)).toBe('hidden-2026-11-29.pdf');
    expect(fileNameFor('evil\u202Egpj.exe', 'png', day)).toBe('evil_gpj.exe-2026-11-29.png');
    expect(fileNameFor('line\nbreak\ttab', 'png', day)).toBe('line_break_tab-2026-11-29.png');
    expect(fileNameFor('', 'json', day)).toBe('touchmap-2026-11-29.json');
    expect(fileNameFor('///', 'json', day)).toBe('touchmap-2026-11-29.json');
    expect(safeFileStem('CON')).toBe('_CON');
    expect(Array.from(safeFileStem('旅'.repeat(200)))).toHaveLength(80);
  });
});

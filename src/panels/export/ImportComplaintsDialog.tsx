/**
 * Complaint figures from a CSV or Excel file into the open journey: pick a file, check the
 * encoding and the column mapping, read the preview (matched rows, rows that match no touchpoint
 * or two, row errors with row numbers), then apply — one undoable change. Nothing changes before
 * "Apply".
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellValue } from '../../io/csv';
import {
  categoryKey,
  decodeComplaintCsv,
  fileCategories,
  guessMapping,
  IMPORT_FIELDS,
  missingFields,
  parseCsvRows,
  previewComplaintImport,
  toComplaintTable,
  type ColumnMapping,
  type EncodingChoice,
  type TextEncodingName,
} from '../../io/complaintImport';
import { COMPLAINT_CATEGORIES, findCategory } from '../../domain/catalogue';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { Dialog } from '../../ui/Dialog';

const ENCODINGS: EncodingChoice[] = ['auto', 'utf-8', 'gb18030', 'utf-16le'];
const SHOW = 50;
/** The category step's "not imported" choice (a category id is never this). */
const SKIP = '#skip';

interface Loaded {
  name: string;
  bytes: Uint8Array;
  kind: 'csv' | 'xlsx';
  /** xlsx: the sheet's rows, read once. */
  sheetRows?: CellValue[][];
}

const isXlsx = (name: string, bytes: Uint8Array) => /\.xlsx$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b);

export function ImportComplaintsDialog({ onClose }: { onClose: (message?: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const store = useEditorStore();
  const touchpoints = useEditor((s) => s.touchpoints);
  const titles = useMemo(() => new Map(Object.values(touchpoints).map((tp) => [tp.id, tp.title])), [touchpoints]);
  const [file, setFile] = useState<Loaded | null>(null);
  const [encoding, setEncoding] = useState<EncodingChoice>('auto');
  const [mappingOverride, setMappingOverride] = useState<ColumnMapping | null>(null);
  // What the user chose for category names the catalogue does not know (by categoryKey).
  const [categoryOverrides, setCategoryOverrides] = useState<ReadonlyMap<string, string | null>>(new Map());
  const [readError, setReadError] = useState<string | null>(null);

  async function pick(f: File | undefined) {
    setReadError(null);
    setMappingOverride(null);
    setCategoryOverrides(new Map());
    setFile(null);
    if (!f) return;
    const bytes = new Uint8Array(await f.arrayBuffer());
    if (isXlsx(f.name, bytes)) {
      try {
        const { readXlsxRows } = await import('../../io/xlsx');
        setFile({ name: f.name, bytes, kind: 'xlsx', sheetRows: (await readXlsxRows(bytes)).rows });
      } catch (e) {
        setReadError(t('complaintImport.readError', { message: e instanceof Error ? e.message : String(e) }));
      }
    } else setFile({ name: f.name, bytes, kind: 'csv' });
  }

  // Decode → rows → table, recomputed when the file or the encoding changes.
  const parsed = useMemo(() => {
    if (!file) return null;
    if (file.kind === 'xlsx') return { rows: file.sheetRows ?? [], detected: null as TextEncodingName | null, error: null as string | null };
    const decoded = decodeComplaintCsv(file.bytes, encoding);
    if (!decoded.ok) return { rows: [], detected: null, error: decoded.message[lang] };
    return { rows: parseCsvRows(decoded.text), detected: decoded.encoding, error: null };
  }, [file, encoding, lang]);
  const table = useMemo(() => (parsed && !parsed.error ? toComplaintTable(parsed.rows) : null), [parsed]);
  const mapping = useMemo(() => mappingOverride ?? (table ? guessMapping(table.headers) : null), [mappingOverride, table]);
  const missing = mapping ? missingFields(mapping) : [];
  // Category names the catalogue does not know: each needs a choice (a suggestion is preselected).
  const unknownCategories = useMemo(() => (table && mapping ? fileCategories(table, mapping).filter((c) => !c.known) : []), [table, mapping]);
  const categoryChoices = useMemo(() => {
    const choices = new Map<string, string>();
    for (const c of unknownCategories) {
      const key = categoryKey(c.text);
      const chosen = categoryOverrides.has(key) ? categoryOverrides.get(key)! : c.suggested;
      if (chosen !== null) choices.set(key, chosen);
    }
    return choices;
  }, [unknownCategories, categoryOverrides]);
  const preview = useMemo(() => {
    if (!table || !mapping || missing.length) return null;
    // The preview follows edits made (here or by others) while the dialog is open.
    return previewComplaintImport(table, mapping, { touchpoints: Object.values(touchpoints) }, categoryChoices);
  }, [table, mapping, missing.length, touchpoints, categoryChoices]);
  const chooseCategory = (text: string, value: string) =>
    setCategoryOverrides((prev) => new Map(prev).set(categoryKey(text), value === SKIP ? null : value));

  const changedEntries = preview ? preview.updates.reduce((n, u) => n + u.changed, 0) : 0;

  function apply() {
    if (!preview || !preview.updates.length) return;
    const s = store.getState();
    if (s.readOnly) return;
    s.actions.updateTouchpoints(preview.updates.map((u) => ({ id: u.id, fields: { complaints: u.complaints } })));
    onClose(t('complaintImport.applied', { entries: changedEntries, touchpoints: preview.updates.length }));
  }

  const setColumn = (field: (typeof IMPORT_FIELDS)[number], value: string) => {
    const base = mapping ?? { touchpoint: null, period: null, count: null, category: null };
    setMappingOverride({ ...base, [field]: value === '' ? null : Number(value) });
  };

  return (
    <Dialog
      title={t('complaintImport.title')}
      onClose={() => onClose()}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={() => onClose()}>
            {t('complaintImport.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={!preview || preview.updates.length === 0} onClick={apply}>
            {t('complaintImport.apply')}
          </button>
        </>
      }
    >
      <div className="import-body" data-testid="complaint-import">
        <p className="import-intro">{t('complaintImport.intro')}</p>
        <div className="field-row">
          <label className="field">
            <span className="field-label">{t('complaintImport.file')}</span>
            <input
              className="field-input"
              type="file"
              accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => void pick(e.currentTarget.files?.[0])}
            />
          </label>
          {file?.kind === 'csv' && (
            <label className="field">
              <span className="field-label">{t('complaintImport.encoding')}</span>
              <select className="field-input" value={encoding} onChange={(e) => setEncoding(e.currentTarget.value as EncodingChoice)}>
                {ENCODINGS.map((enc) => (
                  <option key={enc} value={enc}>
                    {enc === 'auto'
                      ? parsed?.detected && encoding === 'auto'
                        ? t('complaintImport.encodingAuto', { found: parsed.detected.toUpperCase() })
                        : t('complaintImport.encodingAutoNone')
                      : enc.toUpperCase()}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>

        {(readError || parsed?.error) && (
          <p className="field-error" role="alert">
            {readError ?? t('complaintImport.readError', { message: parsed?.error })}
          </p>
        )}
        {parsed && !parsed.error && !table && <p role="alert">{t('complaintImport.empty')}</p>}

        {table && mapping && (
          <fieldset className="field">
            <legend className="field-label">{t('complaintImport.mapping')}</legend>
            <p className="import-intro">{t('complaintImport.mappingHint')}</p>
            <div className="import-mapping">
              {IMPORT_FIELDS.map((field) => (
                <label key={field} className="field">
                  <span className="field-label">{t(`complaintImport.field.${field}`)}</span>
                  <select className="field-input" value={mapping[field] ?? ''} onChange={(e) => setColumn(field, e.currentTarget.value)}>
                    <option value="">{t('complaintImport.notMapped')}</option>
                    {table.headers.map((h, i) => (
                      <option key={i} value={i}>
                        {h || `#${i + 1}`}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            {missing.length > 0 && (
              <p className="field-error" role="alert">
                {t('complaintImport.needColumns', { fields: missing.map((f) => t(`complaintImport.field.${f}`)).join(lang === 'zh' ? '、' : ', ') })}
              </p>
            )}
          </fieldset>
        )}

        {preview && unknownCategories.length > 0 && (
          <fieldset className="field" data-testid="import-categories">
            <legend className="field-label">{t('complaintImport.categoriesTitle')}</legend>
            <p className="import-intro">{t('complaintImport.categoriesHint')}</p>
            <div className="import-mapping">
              {unknownCategories.map((c) => {
                const key = categoryKey(c.text);
                const value = categoryChoices.has(key) ? categoryChoices.get(key)! : SKIP;
                return (
                  <label key={key} className="field">
                    <span className="field-label">
                      “{c.text}” · {t('complaintImport.categoryRows', { count: c.rows })}
                    </span>
                    <select className="field-input" value={value} onChange={(e) => chooseCategory(c.text, e.currentTarget.value)}>
                      <option value={SKIP}>{t('complaintImport.categorySkip')}</option>
                      <option value="">{t('complaintImport.categoryNone')}</option>
                      {COMPLAINT_CATEGORIES.map((cat) => (
                        <option key={cat.id} value={cat.id}>
                          {cat.name[lang]}
                        </option>
                      ))}
                    </select>
                  </label>
                );
              })}
            </div>
          </fieldset>
        )}

        {preview && (
          <div className="import-preview" data-testid="import-preview">
            <p className="import-summary">
              {t('complaintImport.summary', { matched: preview.matched.length, unmatched: preview.unmatched.length, errors: new Set(preview.errors.map((e) => e.row)).size })}
            </p>
            <p className="import-changes" role="status">
              {preview.updates.length
                ? t('complaintImport.changes', { entries: changedEntries, touchpoints: preview.updates.length })
                : t('complaintImport.noChanges')}
            </p>
            {preview.errors.length > 0 && (
              <section className="import-section">
                <h3>{t('complaintImport.errorsTitle')}</h3>
                <ul className="import-list import-errors import-scroll" data-testid="import-errors">
                  {preview.errors.slice(0, SHOW).map((e, i) => (
                    <li key={i}>
                      {t('complaintImport.row', { row: e.row })}
                      {e.field ? ` · ${t(`complaintImport.field.${e.field}`)}` : ''}
                      {e.value ? ` “${e.value}”` : ''}: {e.message[lang]}
                    </li>
                  ))}
                  {preview.errors.length > SHOW && <li>{t('complaintImport.more', { count: preview.errors.length - SHOW })}</li>}
                </ul>
              </section>
            )}
            {preview.unmatched.length > 0 && (
              <section className="import-section">
                <h3>{t('complaintImport.unmatchedTitle')}</h3>
                <ul className="import-list import-scroll" data-testid="import-unmatched">
                  {preview.unmatched.slice(0, SHOW).map((u) => (
                    <li key={u.row}>
                      {t('complaintImport.row', { row: u.row })}:{' '}
                      {u.reason === 'ambiguous'
                        ? t('complaintImport.ambiguous', { value: u.value, count: u.candidates.length })
                        : t('complaintImport.noMatch', { value: u.value })}
                      {u.reason === 'ambiguous' && ` (${u.candidates.join(', ')})`}
                    </li>
                  ))}
                  {preview.unmatched.length > SHOW && <li>{t('complaintImport.more', { count: preview.unmatched.length - SHOW })}</li>}
                </ul>
              </section>
            )}
            {preview.matched.length > 0 && (
              <section className="import-section">
                <h3>{t('complaintImport.matchedTitle')}</h3>
                <div className="import-scroll">
                  <table className="import-table" data-testid="import-matched">
                    <thead>
                      <tr>
                        <th>{t('complaintImport.colRow')}</th>
                        <th>{t('complaintImport.colTouchpoint')}</th>
                        <th>{t('complaintImport.colPeriod')}</th>
                        <th>{t('complaintImport.colCount')}</th>
                        <th>{t('complaintImport.colCategory')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.matched.slice(0, SHOW).map((m) => (
                        <tr key={m.row}>
                          <td className="num">{m.row}</td>
                          <td>{titles.get(m.touchpointId) || m.touchpointId}</td>
                          <td>{m.period}</td>
                          <td className="num">{m.count}</td>
                          <td>{m.category ? (findCategory(m.category)?.name[lang] ?? m.category) : ''}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {preview.matched.length > SHOW && <p className="import-intro">{t('complaintImport.more', { count: preview.matched.length - SHOW })}</p>}
                </div>
              </section>
            )}
          </div>
        )}
      </div>
    </Dialog>
  );
}

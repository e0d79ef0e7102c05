package dev.sreladder.report;

/**
 * The packet's stylesheet: system fonts only, and a print layout with one candidate per page.
 * Its colours differ from the charts' (see {@link Palette}).
 */
final class HtmlStyle {

    private HtmlStyle() {
    }

    static final String CSS = """

            :root { --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --paper: #ffffff; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f3f4f6; color: var(--ink);
                   font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   overflow-wrap: break-word; }
            main { max-width: 1120px; margin: 0 auto; padding: 28px 24px 48px; }
            h1 { font-size: 26px; margin: 0 0 4px; }
            h2 { font-size: 19px; margin: 0 0 12px; }
            h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #4b5563;
                 margin: 14px 0 6px; }
            .byline, .meta, .small, .source, .names { color: var(--muted); }
            .byline { margin: 0 0 20px; }
            .packet .head { margin: -12px 0 20px; color: var(--muted); font-size: 0.9em; overflow-wrap: anywhere; }
            section { background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
                      padding: 20px 24px; margin: 0 0 18px; }
            svg { max-width: 100%; height: auto; display: block; }
            code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f3f4f6;
                   padding: 1px 5px; border-radius: 4px; }
            a { color: inherit; }
            table { border-collapse: collapse; width: 100%; }
            .scroll { overflow-x: auto; }
            th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
            th { font-size: 12px; color: var(--muted); font-weight: 600; }
            .num { text-align: right; font-variant-numeric: tabular-nums; }
            td.zero { color: #d1d5db; }
            .none { color: var(--muted); font-style: italic; margin: 4px 0; }
            .tiles { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 16px; }
            .tile { flex: 1 1 120px; border-radius: 8px; padding: 10px 14px; border: 1px solid var(--line); }
            .tile .count { display: block; font-size: 28px; font-weight: 700; line-height: 1.1; }
            .tile .label { font-size: 12px; letter-spacing: .05em; color: #4b5563; }
            .tile.ready { background: #ecfdf5; border-color: #a7f3d0; }
            .tile.almost { background: #fffbeb; border-color: #fde68a; }
            .tile.not-yet { background: #fef2f2; border-color: #fecaca; }
            .charts { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 20px; }
            figure { margin: 0; }
            figcaption { font-weight: 600; margin-bottom: 6px; }
            .common { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 16px; margin-top: 8px; }
            .common ul { margin: 0; padding-left: 18px; }
            .common li { margin-bottom: 6px; }
            .names { font-size: 12px; }
            .level { font-size: 11px; color: #4b5563; border: 1px solid #d1d5db; border-radius: 4px; padding: 0 4px; }
            .badge { display: inline-block; padding: 2px 10px; border-radius: 999px; font-weight: 700; font-size: 12px;
                     letter-spacing: .03em; }
            .badge.ready { background: #d1fae5; color: #065f46; }
            .badge.almost { background: #fef3c7; color: #92400e; }
            .badge.not-yet { background: #fee2e2; color: #991b1b; }
            .flag { display: inline-block; background: #fdf2f8; color: #9d174d; border: 1px solid #f9a8d4;
                    border-radius: 4px; font-size: 11px; font-weight: 700; padding: 0 5px; text-transform: uppercase; }
            tr.override td { background: #fdf2f8; }
            .candidate { border-top-width: 5px; }
            .candidate.ready { border-top-color: #6ee7b7; }
            .candidate.almost { border-top-color: #fcd34d; }
            .candidate.not-yet { border-top-color: #fca5a5; }
            .head { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
            .head h2 { margin: 0; }
            .head .number { color: var(--muted); font-weight: 400; }
            .head .id { font-size: 13px; font-weight: 400; color: var(--muted); }
            .head .score { font-size: 22px; font-weight: 700; margin-left: auto; }
            .meta { margin: 4px 0 8px; font-size: 13px; }
            .overview { display: grid; grid-template-columns: minmax(0, 560px) minmax(0, 1fr); gap: 20px;
                        align-items: start; }
            .radar-chart figcaption { font-weight: 400; font-size: 12px; color: var(--muted); }
            .key { display: inline-block; width: 18px; height: 0; margin: 0 6px 3px 10px; vertical-align: middle; }
            .key.rating { border-top: 3px solid #3b5bdb; }
            .key.expected { border-top: 3px dashed #f08c00; }
            .side h3:first-child { margin-top: 0; }
            .side ul { margin: 0; padding-left: 18px; }
            .decision { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; margin-bottom: 10px; }
            .decision.override { border-color: #f9a8d4; background: #fdf2f8; }
            .decision p { margin: 4px 0; }
            blockquote { margin: 6px 0; padding: 4px 10px; border-left: 3px solid #d1d5db; white-space: pre-wrap; }
            .notes p { white-space: pre-wrap; margin: 4px 0; }
            .clear { font-weight: 600; color: #065f46; }
            .findings { margin-top: 10px; }
            .finding { border-left: 4px solid #d1d5db; padding: 4px 12px; margin: 6px 0; break-inside: avoid; }
            .finding.blocker { border-left-color: #f87171; }
            .finding.trap { border-left-color: #f472b6; }
            .finding.gap { border-left-color: #a78bfa; }
            .finding p { margin: 2px 0; }
            .finding .advice { font-style: italic; }
            .finding .clears { font-size: 13px; }
            .finding .source { font-size: 12px; }
            .small { font-size: 12px; }
            .finding.waived { border-left-color: #9ca3af; }
            .finding.met { border-left-color: #6ee7b7; }
            .evidence { margin: 4px 0 2px; padding-left: 18px; font-size: 13px; }
            .evidence .item-key, .evidence .when { color: var(--muted); font-size: 12px; }
            .evidence a { color: #1e40af; word-break: break-all; }
            .two-raters table { width: auto; }
            .calibration .rule { color: #4b5563; max-width: 860px; }
            .calibration td:nth-child(2) { min-width: 12em; }
            .calibration tr.flagged td { background: #fef2f2; }
            .calibration-charts figure { margin: 16px 0 0; }
            @page { margin: 14mm; }
            @media print {
              body { background: #fff; font-size: 11pt; }
              main { max-width: none; padding: 0; }
              section { border: none; border-radius: 0; padding: 0; margin: 0 0 12mm; }
              .candidate { break-before: page; border-top: 3pt solid #9ca3af; padding-top: 4mm; }
              figure, .decision, tr { break-inside: avoid; }
              h2, h3 { break-after: avoid; }
              a { text-decoration: none; }
              .scroll { overflow: visible; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            @media (max-width: 820px) { .charts, .overview, .common { grid-template-columns: minmax(0, 1fr); } }
            @media (max-width: 640px) {
              main { padding: 16px 8px 32px; }
              section { padding: 14px 12px; }
              h1 { font-size: 22px; }
            }
            """;

    /** Added to the stylesheet only in a cycle's packet, so a packet outside any cycle stays as it was. */
    static final String CYCLE_CSS = """
            .packet .cycle { margin: -12px 0 20px; font-weight: 600; overflow-wrap: anywhere; }
            .since { border-top: 1px solid var(--line); margin: 10px 0 4px; padding-top: 4px; }
            .since ul.changes { margin: 4px 0 8px; padding-left: 20px; }
            .since figure.scores { margin: 6px 0 0; }
            .since figcaption { color: var(--muted); font-size: 12px; }
            .cycle-overrides td.num, .cycle-overrides th.num { text-align: right; }
            .cycle-overrides table { border-collapse: collapse; width: 100%; }
            .cycle-overrides th, .cycle-overrides td { border-bottom: 1px solid var(--line); padding: 4px 8px;
                                                       text-align: left; vertical-align: top; }
            """;
}

//! A small chart for a numeric claim: one line per stance of the shown
//! outlets, a dot at its figure on a shared axis, and the qualifier drawn
//! (an arrow for "at least" or "up to", a bar for "about"). Every line is
//! labelled in text with outlet, source and value, so it reads without
//! colour, and the whole chart has a text alternative.

use parallax_core::claim::{Qualifier, StanceValue, format_amount};
use yew::prelude::*;

/// One line of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartRow {
    /// "Kontur · US officials".
    pub label: String,
    /// "at least 3,000 soldiers (in Russia, late October)".
    pub value_text: String,
    pub amount: f64,
    pub qualifier: Qualifier,
    /// How many stances report this figure (1, or more once merged).
    pub reports: usize,
}

impl ChartRow {
    /// The line's label as drawn: "N reports, first …" once merged.
    pub fn shown_label(&self) -> String {
        if self.reports > 1 {
            format!("{} reports, first {}", self.reports, self.label)
        } else {
            self.label.clone()
        }
    }

    pub fn new(label: String, value: &StanceValue, value_text: String) -> Option<Self> {
        match value {
            StanceValue::Number {
                amount, qualifier, ..
            } => Some(Self {
                label,
                value_text,
                amount: *amount,
                qualifier: *qualifier,
                reports: 1,
            }),
            StanceValue::Label(_) => None,
        }
    }
}

/// At most this many lines in a chart (a host's corpus of hundreds of
/// articles gives a claim hundreds of figures: one line each made charts
/// thousands of pixels tall and slowed every outlet toggle; issue 17).
pub const MAX_LINES: usize = 12;

/// `rows` as a chart draws them: unchanged while they report at most
/// [`MAX_LINES`] figures in all (a row may already stand for several
/// reports: [`ChartRow::reports`]); past it, lines with the same figure
/// (value text, amount and qualifier) merged into their first, their
/// reports added up ("N reports, first …"), and the first [`MAX_LINES`] of
/// those kept. Also returns how many distinct figures were left out (said
/// under the chart; the cells show every one).
pub fn fold_rows(rows: Vec<ChartRow>) -> (Vec<ChartRow>, usize) {
    if rows.iter().map(|row| row.reports).sum::<usize>() <= MAX_LINES {
        return (rows, 0);
    }
    let mut groups: Vec<ChartRow> = Vec::new();
    for row in rows {
        let same = groups.iter_mut().find(|first| {
            first.value_text == row.value_text
                && first.amount == row.amount
                && first.qualifier == row.qualifier
        });
        match same {
            Some(first) => first.reports += row.reports,
            None => groups.push(row),
        }
    }
    let distinct = groups.len();
    let kept: Vec<ChartRow> = groups.into_iter().take(MAX_LINES).collect();
    let left_out = distinct - kept.len();
    (kept, left_out)
}

#[derive(Properties, PartialEq)]
pub struct NumberChartProps {
    pub rows: Vec<ChartRow>,
    /// Text for the chart's accessible name ("Figures reported for: …").
    pub title: AttrValue,
    /// Distinct figures not drawn (see [`fold_rows`]), said under the axis.
    #[prop_or_default]
    pub left_out: usize,
}

const WIDTH: f64 = 300.0;
/// About as many characters as fit on a line of the chart; longer labels
/// are cut with an ellipsis (the chart's text alternative has them whole).
const LINE_CHARS: usize = 47;

fn fit(text: &str) -> String {
    if text.chars().count() <= LINE_CHARS {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(LINE_CHARS - 1).collect();
    cut.push('…');
    cut
}
const PAD: f64 = 6.0;
const ROW: f64 = 46.0;

#[component]
pub fn NumberChart(props: &NumberChartProps) -> Html {
    if props.rows.is_empty() {
        return Html::default();
    }
    let max = props
        .rows
        .iter()
        .map(|row| row.amount)
        .fold(0.0_f64, f64::max)
        .max(1.0)
        * 1.15;
    let x = |amount: f64| PAD + (amount / max).min(1.0) * (WIDTH - 2.0 * PAD);
    let note = (props.left_out > 0).then(|| {
        format!(
            "{} more figure{} not drawn (see the cells)",
            props.left_out,
            if props.left_out == 1 { "" } else { "s" }
        )
    });
    let height = ROW * props.rows.len() as f64 + 22.0 + if note.is_some() { 16.0 } else { 0.0 };
    let description: Vec<String> = props
        .rows
        .iter()
        .map(|row| format!("{}: {}", row.shown_label(), row.value_text))
        .collect();
    let alternative = match &note {
        Some(note) => format!("{}. {}. {note}.", props.title, description.join("; ")),
        None => format!("{}. {}.", props.title, description.join("; ")),
    };
    let axis_y = ROW * props.rows.len() as f64 + 6.0;

    html! {
        <svg
            class="px-chart"
            viewBox={format!("0 0 {WIDTH} {height}")}
            role="img"
            aria-label={alternative}
        >
            for (i, row) in props.rows.iter().enumerate() {
                {{
                    let y = ROW * i as f64 + 12.0;
                    let value_y = y + 13.0;
                    let line_y = y + 24.0;
                    let cx = x(row.amount);
                    let qualifier = match row.qualifier {
                        Qualifier::AtLeast | Qualifier::MoreThan => html! {
                            <>
                                <line class="px-chart-bound" x1={cx.to_string()} y1={line_y.to_string()} x2={(WIDTH - PAD).to_string()} y2={line_y.to_string()} />
                                <path class="px-chart-arrow" d={format!("M{} {} l-6 -4 v8 z", WIDTH - PAD, line_y)} />
                            </>
                        },
                        Qualifier::UpTo | Qualifier::FewerThan => html! {
                            <>
                                <line class="px-chart-bound" x1={PAD.to_string()} y1={line_y.to_string()} x2={cx.to_string()} y2={line_y.to_string()} />
                                <path class="px-chart-arrow" d={format!("M{} {} l6 -4 v8 z", PAD, line_y)} />
                            </>
                        },
                        Qualifier::About => html! {
                            <line
                                class="px-chart-about"
                                x1={x(row.amount * 0.95).to_string()} y1={line_y.to_string()}
                                x2={x(row.amount * 1.05).to_string()} y2={line_y.to_string()}
                            />
                        },
                        Qualifier::Exactly => Html::default(),
                    };
                    html! {
                        <g key={i}>
                            <text class="px-chart-label" x={PAD.to_string()} y={y.to_string()}>
                                { fit(&row.shown_label()) }
                            </text>
                            <text class="px-chart-value" x={PAD.to_string()} y={value_y.to_string()}>
                                { fit(&row.value_text) }
                            </text>
                            <line class="px-chart-track" x1={PAD.to_string()} y1={line_y.to_string()} x2={(WIDTH - PAD).to_string()} y2={line_y.to_string()} />
                            { qualifier }
                            <circle class="px-chart-dot" cx={cx.to_string()} cy={line_y.to_string()} r="4.5" />
                        </g>
                    }
                }}
            }
            <line class="px-chart-axis" x1={PAD.to_string()} y1={axis_y.to_string()} x2={(WIDTH - PAD).to_string()} y2={axis_y.to_string()} />
            <text class="px-chart-tick" x={PAD.to_string()} y={(axis_y + 13.0).to_string()}>{ "0" }</text>
            <text class="px-chart-tick" x={(WIDTH - PAD).to_string()} y={(axis_y + 13.0).to_string()} text-anchor="end">
                { format_amount((max / 1.15).round()) }
            </text>
            if let Some(note) = note {
                <text class="px-chart-label" x={PAD.to_string()} y={(axis_y + 29.0).to_string()}>{ note }</text>
            }
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(label: &str, amount: f64) -> ChartRow {
        ChartRow {
            label: label.into(),
            value_text: format!("{amount} soldiers"),
            amount,
            qualifier: Qualifier::About,
            reports: 1,
        }
    }

    #[test]
    fn a_chart_of_few_figures_is_drawn_as_given() {
        let rows: Vec<ChartRow> = (0..MAX_LINES)
            .map(|i| row(&format!("Outlet {i}"), 10.0))
            .collect();
        assert_eq!(fold_rows(rows.clone()), (rows, 0));
    }

    #[test]
    fn past_the_limit_the_same_figures_are_merged_and_the_rest_counted() {
        // 30 reports of 10, then 20 distinct figures.
        let mut rows: Vec<ChartRow> = (0..30).map(|i| row(&format!("Outlet {i}"), 10.0)).collect();
        rows.extend((0..20).map(|i| row(&format!("Other {i}"), 100.0 + f64::from(i))));
        let (drawn, left_out) = fold_rows(rows);
        assert_eq!(drawn.len(), MAX_LINES);
        assert_eq!(drawn[0].shown_label(), "30 reports, first Outlet 0");
        assert_eq!(drawn[1].shown_label(), "Other 0");
        // 21 distinct figures, 12 drawn.
        assert_eq!(left_out, 9);
    }
}

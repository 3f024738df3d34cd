//! `dalil-catalogue fee SERVICE_ID [--catalogue DIR] [--set NAME=VALUE]...
//! [--date YYYY-MM-DD] [--lang ar|en] [--json]`: the itemised fees of a
//! service for the given answers, computed by `dalil-fees` (which does all
//! the arithmetic and formatting; this module only prints).

use crate::args::Args;
use dalil_audit::Catalogue;
use dalil_fees::{
    default_inputs, describe, evaluate, format_money, in_force, kind_name, Breakdown, Date, Digits,
    EvalError, FeeVersion, Inputs, Lang,
};
use dalil_model::Service;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(mut args: Args) -> Result<ExitCode, String> {
    let dir = PathBuf::from(
        args.value("--catalogue")?
            .unwrap_or_else(|| "catalogue".into()),
    );
    let answers = answers(args.values("--set")?)?;
    let today = super::date_option(&mut args)?;
    let lang = match args.value("--lang")? {
        None => Lang::En,
        Some(code) => Lang::from_code(&code).ok_or(format!("--lang {code}: use ar or en"))?,
    };
    let json = args.switch("--json");
    let service_id = match args.positionals()?.as_slice() {
        [id] => id.clone(),
        [] => return Err("which service? Give its id, e.g. `fee passport-issue`".into()),
        more => return Err(format!("expected one service id, got {}", more.join(" "))),
    };

    let (catalogue, load_problems) = Catalogue::load(&dir);
    let Some(service) = catalogue.service(&service_id) else {
        eprintln!("no service `{service_id}` in {}", dir.display());
        // A service that failed to load says why among the load problems.
        for p in load_problems
            .iter()
            .filter(|p| p.file.to_string_lossy().contains(&service_id))
        {
            eprintln!("  {}", super::audit::display_path(&dir, p));
        }
        return Ok(ExitCode::FAILURE);
    };
    let Some(version) = in_force(&service.fees, today) else {
        eprintln!("{}", no_version(service, today));
        return Ok(ExitCode::FAILURE);
    };
    match evaluate(version, &answers, today) {
        Ok(breakdown) => {
            let text = if json {
                render_json(service, version, &answers, today, &breakdown)?
            } else {
                render_text(service, &breakdown, today, lang)
            };
            emit(&text)?;
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            eprintln!("{}", explain(service, &error));
            Ok(ExitCode::FAILURE)
        }
    }
}

/// `NAME=VALUE` pairs; a name given twice is a mistake, not an override.
fn answers(pairs: Vec<String>) -> Result<Inputs, String> {
    let mut answers = Inputs::new();
    for pair in pairs {
        let (name, value) = pair
            .split_once('=')
            .ok_or(format!("--set {pair}: write it as NAME=VALUE"))?;
        let name = name.trim();
        if name.is_empty() {
            return Err(format!("--set {pair}: the name is missing before `=`"));
        }
        if answers
            .insert(name.to_string(), value.to_string())
            .is_some()
        {
            return Err(format!("--set {name} is given more than once"));
        }
    }
    Ok(answers)
}

fn no_version(service: &Service, today: Date) -> String {
    let mut starts: Vec<&str> = service.fees.iter().map(|v| v.valid_from.as_str()).collect();
    starts.sort();
    match starts.first() {
        None => format!("`{}` has no fee schedule", service.id),
        Some(first) => format!(
            "`{}` has no fee schedule in force on {today}; the first starts on {first}",
            service.id
        ),
    }
}

fn explain(service: &Service, error: &EvalError) -> String {
    match error {
        EvalError::Inputs { errors } => {
            let mut out = String::from("cannot compute the fees:");
            for e in errors {
                out.push_str(&format!("\n  --set {e}"));
            }
            out
        }
        EvalError::Schedule { .. } => format!(
            "the fee schedule of `{}` is broken; run `dalil-catalogue audit`.\n{error}",
            service.id
        ),
        EvalError::Overflow { .. } => error.to_string(),
    }
}

/// The words around the figures, in the output language.
struct Words {
    in_force: &'static str,
    on: &'static str,
    sample: &'static str,
    nothing: &'static str,
    total: &'static str,
    source: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::Ar => Words {
            in_force: "الرسوم النافذة منذ",
            on: "بتاريخ",
            sample: "أرقام تجريبية: ليست رسمية",
            nothing: "لا رسوم لهذه الإجابات",
            total: "المجموع",
            source: "المصدر",
        },
        Lang::En => Words {
            in_force: "Fees in force from",
            on: "on",
            sample: "SAMPLE FIGURES: not official",
            nothing: "nothing to pay for these answers",
            total: "Total",
            source: "Source",
        },
    }
}

fn render_text(service: &Service, breakdown: &Breakdown, today: Date, lang: Lang) -> String {
    let w = words(lang);
    let money = |a, c| format_money(a, c, lang, Digits::Latin);
    let mut out = format!(
        "{}\n{} {} ({} {today})\n",
        service.name.get(lang),
        w.in_force,
        breakdown.valid_from,
        w.on
    );
    if breakdown.sample {
        out.push_str(w.sample);
        out.push('\n');
    }
    out.push('\n');
    let rows: Vec<(String, &str, String)> = breakdown
        .lines
        .iter()
        .map(|l| {
            let mut label = l.label.get(lang).to_string();
            let how = describe(&l.detail, lang, Digits::Latin);
            if !how.is_empty() {
                label.push_str(&format!(" ({how})"));
            }
            (label, kind_name(l.kind, lang), money(l.amount, l.currency))
        })
        .collect();
    let width = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
    for (label, kind, amount) in &rows {
        let pad = " ".repeat(width.saturating_sub(label.chars().count()));
        out.push_str(&format!("  {label}{pad}  {kind:<8} {amount}\n"));
    }
    if rows.is_empty() {
        out.push_str(&format!("  {}\n", w.nothing));
    }
    out.push('\n');
    for (currency, total) in &breakdown.totals {
        out.push_str(&format!("{}: {}\n", w.total, money(*total, *currency)));
    }
    let mut sources: Vec<&str> = Vec::new();
    for line in &breakdown.lines {
        let source = line.source.get(lang);
        if !source.is_empty() && !sources.contains(&source) {
            sources.push(source);
        }
    }
    for source in sources {
        out.push_str(&format!("{}: {source}\n", w.source));
    }
    out
}

fn render_json(
    service: &Service,
    version: &FeeVersion,
    answers: &Inputs,
    today: Date,
    breakdown: &Breakdown,
) -> Result<String, String> {
    // The answers used: the given ones over the schedule's defaults.
    let mut used = default_inputs(version);
    used.extend(answers.clone());
    let doc = serde_json::json!({
        "service": service.id,
        "date": today.to_string(),
        "answers": used,
        "breakdown": breakdown,
    });
    let mut text =
        serde_json::to_string_pretty(&doc).map_err(|e| format!("cannot write JSON: {e}"))?;
    text.push('\n');
    Ok(text)
}

/// Writes to stdout; a reader that went away (`| head`) is not an error.
fn emit(text: &str) -> Result<(), String> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write the output: {e}"))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(pairs: &[&str]) -> Result<Inputs, String> {
        answers(pairs.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn answers_are_name_value_pairs() {
        let got = set(&["copies=3", "note=a=b", "empty="]).unwrap();
        assert_eq!(got.get("copies").map(String::as_str), Some("3"));
        assert_eq!(got.get("note").map(String::as_str), Some("a=b"));
        assert_eq!(got.get("empty").map(String::as_str), Some(""));
        assert!(set(&["copies"]).unwrap_err().contains("NAME=VALUE"));
        assert!(set(&["=3"]).unwrap_err().contains("name is missing"));
        assert!(set(&["a=1", "a=2"]).unwrap_err().contains("more than once"));
    }
}

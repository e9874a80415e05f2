//! The `/kb stats` chart: questions per day, stacked by verdict, over the 👍/👎 votes per day, as a PNG.
//! Drawn by plotters on a bitmap with the bundled DejaVu Sans (assets/fonts), so it looks the same on any
//! host and needs no system fonts.

use crate::answer::Verdict;
use crate::render::discord::colour;
use crate::store::Stats;
use plotters::prelude::*;
use std::sync::Once;
use thiserror::Error;

pub const WIDTH: u32 = 900;
pub const HEIGHT: u32 = 480;
const FONT: &str = "sans-serif";

#[derive(Debug, Error)]
#[error("could not draw the stats chart: {0}")]
pub struct ChartError(String);

fn failed(e: impl std::fmt::Display) -> ChartError {
    ChartError(e.to_string())
}

/// The PNG for `stats`, covering the days `first_day..=last_day` (days since 1970-01-01, UTC).
pub fn stats_png(stats: &Stats, first_day: i64, last_day: i64) -> Result<Vec<u8>, ChartError> {
    register_font()?;
    let last_day = last_day.max(first_day);
    let mut pixels = vec![0u8; (WIDTH * HEIGHT * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(failed)?;
        let (top, bottom) = root.split_vertically(HEIGHT * 2 / 3);
        draw_questions(&top, stats, first_day, last_day)?;
        draw_votes(&bottom, stats, first_day, last_day)?;
        root.present().map_err(failed)?;
    }
    let image = image::RgbImage::from_raw(WIDTH, HEIGHT, pixels)
        .ok_or_else(|| failed("the pixel buffer has the wrong size"))?;
    let mut png = std::io::Cursor::new(Vec::new());
    image
        .write_to(&mut png, image::ImageFormat::Png)
        .map_err(failed)?;
    Ok(png.into_inner())
}

type Area<'a> = DrawingArea<BitMapBackend<'a>, plotters::coord::Shift>;

fn draw_questions(
    area: &Area,
    stats: &Stats,
    first_day: i64,
    last_day: i64,
) -> Result<(), ChartError> {
    let highest = stats
        .per_day
        .iter()
        .map(|d| d.per_verdict.values().sum::<u64>())
        .max()
        .unwrap_or(0);
    let mut chart = ChartBuilder::on(area)
        .caption("Questions per day, by verdict", (FONT, 20))
        .margin(10)
        .x_label_area_size(24)
        .y_label_area_size(40)
        .build_cartesian_2d(first_day..last_day + 1, 0u64..highest.max(1) + 1)
        .map_err(failed)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(8)
        .x_label_formatter(&|day| day_label(*day))
        .label_style((FONT, 12))
        .draw()
        .map_err(failed)?;
    for (n, verdict) in Verdict::ALL.iter().enumerate() {
        let name = verdict.as_str();
        if !stats
            .per_day
            .iter()
            .any(|d| d.per_verdict.contains_key(name))
        {
            continue;
        }
        let below = |day: &crate::store::DayCount| -> u64 {
            Verdict::ALL[..n]
                .iter()
                .filter_map(|v| day.per_verdict.get(v.as_str()))
                .sum()
        };
        let fill = rgb(colour(*verdict));
        chart
            .draw_series(stats.per_day.iter().filter_map(|day| {
                let count = *day.per_verdict.get(name)?;
                let base = below(day);
                Some(Rectangle::new(
                    [(day.day, base), (day.day + 1, base + count)],
                    fill.filled(),
                ))
            }))
            .map_err(failed)?
            .label(name.replace('_', " "))
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], fill.filled()));
    }
    chart
        .configure_series_labels()
        .label_font((FONT, 12))
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK.mix(0.3))
        .draw()
        .map_err(failed)?;
    Ok(())
}

fn draw_votes(area: &Area, stats: &Stats, first_day: i64, last_day: i64) -> Result<(), ChartError> {
    let highest = stats
        .per_day
        .iter()
        .map(|d| d.helpful.max(d.unhelpful))
        .max()
        .unwrap_or(0);
    let mut chart = ChartBuilder::on(area)
        .caption(
            "Votes per day: helpful (up) and not helpful (down)",
            (FONT, 16),
        )
        .margin(10)
        .x_label_area_size(24)
        .y_label_area_size(40)
        .build_cartesian_2d(
            first_day..last_day + 1,
            -(highest.max(1) as i64) - 1..highest.max(1) as i64 + 1,
        )
        .map_err(failed)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(8)
        .y_labels(5)
        .x_label_formatter(&|day| day_label(*day))
        .y_label_formatter(&|n| n.abs().to_string())
        .label_style((FONT, 12))
        .draw()
        .map_err(failed)?;
    let helpful = RGBColor(46, 160, 67);
    let unhelpful = RGBColor(207, 34, 46);
    chart
        .draw_series(stats.per_day.iter().filter(|d| d.helpful > 0).map(|d| {
            Rectangle::new(
                [(d.day, 0), (d.day + 1, d.helpful as i64)],
                helpful.filled(),
            )
        }))
        .map_err(failed)?;
    chart
        .draw_series(stats.per_day.iter().filter(|d| d.unhelpful > 0).map(|d| {
            Rectangle::new(
                [(d.day, -(d.unhelpful as i64)), (d.day + 1, 0)],
                unhelpful.filled(),
            )
        }))
        .map_err(failed)?;
    Ok(())
}

fn day_label(day: i64) -> String {
    let date = crate::clock::date_of_unix(day.saturating_mul(86_400));
    format!("{} {}", MONTHS[date.month() as usize - 1], date.day())
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn rgb(colour: u32) -> RGBColor {
    RGBColor((colour >> 16) as u8, (colour >> 8) as u8, colour as u8)
}

fn register_font() -> Result<(), ChartError> {
    static ONCE: Once = Once::new();
    let mut result = Ok(());
    ONCE.call_once(|| {
        result = plotters::style::register_font(
            FONT,
            FontStyle::Normal,
            include_bytes!("../../assets/fonts/DejaVuSans.ttf"),
        )
        .map_err(|_| failed("the bundled font is not a font"));
    });
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::DayCount;

    fn day(day: i64, verdicts: &[(&str, u64)], helpful: u64, unhelpful: u64) -> DayCount {
        DayCount {
            day,
            per_verdict: verdicts.iter().map(|(v, n)| (v.to_string(), *n)).collect(),
            helpful,
            unhelpful,
        }
    }

    #[test]
    fn the_chart_is_a_png_of_the_stated_size_that_shows_the_days() {
        let stats = Stats {
            per_day: vec![
                day(20_000, &[("recommended", 3), ("not_covered", 2)], 2, 1),
                day(20_003, &[("urgent", 1)], 0, 0),
            ],
            ..Stats::default()
        };
        let png = stats_png(&stats, 19_995, 20_004).unwrap();
        let image = image::load_from_memory_with_format(&png, image::ImageFormat::Png)
            .unwrap()
            .to_rgb8();
        assert_eq!(image.dimensions(), (WIDTH, HEIGHT));
        let has = |c: u32| {
            image
                .pixels()
                .any(|p| p.0 == [(c >> 16) as u8, (c >> 8) as u8, c as u8])
        };
        for verdict in [Verdict::Recommended, Verdict::NotCovered, Verdict::Urgent] {
            assert!(has(colour(verdict)), "{verdict:?} is drawn");
        }
        assert!(
            !has(colour(Verdict::Avoid)),
            "a verdict nobody got is not drawn"
        );
        let empty = stats_png(&Stats::default(), 19_995, 19_994).unwrap();
        assert!(empty.starts_with(b"\x89PNG"), "an empty period still draws");
    }
}

//! The views and their parts: each renders domain values from the reader
//! context or its props and reports what the reader did through intents,
//! navigation or `on…` callbacks.

mod article_list;
mod article_view;
mod articles;
mod blocks;
mod chart;
mod comparison;
mod import;
mod layout;
mod matches;
mod outlet_toggles;
mod parallel;
mod provenance;
mod route_link;
mod search;
mod stance;
mod suggested;
mod timeline;

pub use articles::ArticlesView;
pub use comparison::ComparisonView;
pub use import::ImportView;
pub use layout::{LayoutHint, fits_table};
pub use outlet_toggles::OutletToggles;
pub use parallel::ParallelView;
pub use route_link::{RouteLink, href, navigate};
pub use search::SearchView;
pub use timeline::TimelineView;

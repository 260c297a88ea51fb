//! Presentational components: each renders the props it is given and reports
//! what the reader did through `on…` callbacks.

mod article_list;
mod article_view;
mod blocks;
mod provenance;

pub use article_list::ArticleList;
pub use article_view::ArticleView;

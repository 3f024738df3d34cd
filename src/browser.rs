//! The browser's window, where there is one: in the native pre-renderer
//! there is none (calling into JavaScript there would abort), and every
//! caller already copes with `None` (a browser without a window is also
//! what a worker or an odd embedding gives).

#[cfg(target_arch = "wasm32")]
pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn window() -> Option<web_sys::Window> {
    None
}

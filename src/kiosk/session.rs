//! One person's session on the kiosk, wiped by "start over".

use dalil_model::Lang;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct KioskSession {
    /// Someone has touched the screen since the last start-over (or the
    /// kiosk opened somewhere other than its home): there is something to
    /// forget, so the idle countdown runs. A clean kiosk waits quietly.
    pub dirty: RwSignal<bool>,
    /// The search text, shared by the box and the on-screen keyboard, kept
    /// while the person looks at a result and comes back.
    pub query: RwSignal<String>,
    /// The on-screen keyboard's layout.
    pub keyboard: RwSignal<Lang>,
}

pub fn use_session() -> KioskSession {
    expect_context::<KioskSession>()
}

//! A published catalogue tree (`api/v1/`, as `dalil-catalogue publish`
//! writes it), read whole for pre-rendering through the API's one reader.

use dalil_model::api::{
    decode, paths, AuthoritiesDoc, CategoriesDoc, CentresDoc, GovernoratesDoc, Listing, Manifest,
    ServiceDoc,
};
use dalil_model::pack::PackManifest;
use dalil_model::{Authority, Category, Centre, Governorate, Service};
use std::path::Path;

pub struct Published {
    pub manifest: Manifest,
    /// `packs.json`: what the app's footer and update check read.
    pub packs: PackManifest,
    pub listing: Listing,
    /// Every listed service's full record, in the listing's order.
    pub services: Vec<Service>,
    pub authorities: Vec<Authority>,
    pub categories: Vec<Category>,
    pub centres: Vec<Centre>,
    pub governorates: Vec<Governorate>,
    by_id: std::collections::HashMap<String, usize>,
}

fn read<T: serde::de::DeserializeOwned + dalil_model::api::Versioned>(
    api: &Path,
    path: &str,
) -> Result<T, String> {
    let file = api.join(path);
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    decode(&text).map_err(|e| format!("{}: {e}", file.display()))
}

impl Published {
    /// Reads the tree at `api` (the folder holding manifest.json).
    pub fn read(api: &Path) -> Result<Published, String> {
        let listing: Listing = read(api, paths::SERVICES)?;
        let services = listing
            .services
            .iter()
            .map(|s| read::<ServiceDoc>(api, &paths::service(&s.id)).map(|d| d.service))
            .collect::<Result<Vec<_>, _>>()?;
        let by_id = services
            .iter()
            .enumerate()
            .map(|(i, s): (usize, &Service)| (s.id.clone(), i))
            .collect();
        Ok(Published {
            by_id,
            manifest: read(api, paths::MANIFEST)?,
            packs: read(api, paths::PACKS)?,
            services,
            listing,
            authorities: read::<AuthoritiesDoc>(api, paths::AUTHORITIES)?.authorities,
            categories: read::<CategoriesDoc>(api, paths::CATEGORIES)?.categories,
            centres: read::<CentresDoc>(api, paths::CENTRES)?.centres,
            governorates: read::<GovernoratesDoc>(api, paths::GOVERNORATES)?.governorates,
        })
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.by_id.get(id).map(|&i| &self.services[i])
    }
}

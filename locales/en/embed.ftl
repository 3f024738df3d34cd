# Embed mode (/embed): a ministry's website shows its services in an iframe.

embed-intro = { $count ->
    [zero] No published services yet.
    [one] One service: the documents, the steps, the time and the fees.
   *[other] { $count } services: the documents, the steps, the time and the fees.
  }
embed-no-authority-title = This guide does not say whose services to show
embed-no-authority-body = The address of this embedded guide must name an authority, for example ?authority=interior. The website showing it should correct its link.
embed-unknown-authority-title = Unknown authority
embed-unknown-authority-body = Dalil has no authority with the id “{ $id }”. The website showing this guide should check its link.
embed-authority-not-an-id-body = The authority named in the address of this guide is not an authority id (ids are lowercase words joined by hyphens, such as interior). The website showing this guide should check its link.
embed-ignored = Some settings of this embedded guide were not understood and the defaults are used: { $names }.
embed-source = Information from Dalil, the guide to government services.

# Search: the search bar on every page, and the results page.

search-label = Search for a service
search-placeholder = For example: civil extract, passport, ID card
search-submit = Search
search-title = Search
search-title-query = Results for “{ $query }”
search-results = { $count ->
    [zero] No results
    [one] One result
   *[other] { $count } results
  }
search-start = Type the name of a service or a word from it, in Arabic, English or Latin letters.
search-filters = Narrow the results
search-filter-authority = Authority
search-filter-governorate = Governorate
search-filter-channel = How to apply
search-filter-category = Topic
search-filter-any = All
search-filter-clear = Clear the filters
search-channel-online = Online
search-channel-centre = At a citizen service centre
search-empty-title = No service matches “{ $query }”
search-empty-hint = Try another word or spelling, or browse the services by topic.
search-did-you-mean = Did you mean:
search-browse-topics = Browse by topic
search-keyboard-hint = Use the arrow keys to move between results.

## Every service, A to Z (/services): where a search box without JavaScript leads.
all-services-title = All services A to Z
all-services-lead = Every service in the guide, by name.
search-all-services = Browse all services A to Z

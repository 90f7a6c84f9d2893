enum BrowserUIPlaceholder {}

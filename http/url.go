package http

import "net/url"

// safeURL returns u when it is an absolute http or https URL, else "". The
// dashboard turns it into a link, so "javascript:" and the like never get
// there.
func safeURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

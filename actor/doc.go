// Package actor resolves people, titles and roles to CAMEO actor codes valid on
// an event's date: a dated office-holder dictionary (who held which office
// when), its PETRARCH/Phoenix dictionary form and checks, and title and role
// phrases ("senior Iranian officials") for people it does not know.
package actor

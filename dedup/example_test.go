package dedup_test

import (
	"fmt"
	"time"

	"github.com/dyadproject/dyad/dedup"
)

func ExampleIndex_Add() {
	story := "Gunmen abducted at least forty students from a boarding school in the northern district of Karu late on Friday, police and local officials said on Saturday. The attackers arrived on motorcycles shortly before midnight and forced the students into the forest."
	ix := dedup.New(dedup.Options{})
	fmt.Println(ix.Add("wire-1", story))
	fmt.Println(ix.Add("site-2", "KARU (Wire) - "+story+" Share this story. Subscribe to our newsletter."))
	fmt.Println(ix.Add("site-3", "The two sides agreed to a ceasefire on Sunday after a week of fighting along the border, mediators said."))
	// Output:
	// wire-1
	// wire-1
	// site-3
}

func ExampleParseSignature() {
	ix := dedup.New(dedup.Options{})
	sig := ix.Sign("Dock workers returned to work after the union accepted a new wage offer.")
	cluster := ix.AddSignature("a", time.Time{}, sig)
	stored := sig.Bytes() // keep with the cluster id

	// A resumed run reloads the index.
	again, err := dedup.ParseSignature(stored)
	if err != nil {
		panic(err)
	}
	re := dedup.New(dedup.Options{})
	re.Restore("a", cluster, time.Time{}, again)
	fmt.Println(re.Add("b", "Dock workers returned to work after the union accepted a new wage offer, the port said."))
	// Output: a
}

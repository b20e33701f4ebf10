#ifndef INVITE_TESTING_HPP_INCLUDED
#define INVITE_TESTING_HPP_INCLUDED

// invite's testing module: what a harness needs to fuzz, property-test and load-test its own
// server or client against the POST /assessment/invite (v2) contract, with this library as the
// oracle. Not part of <invite/invite.hpp>; include it in test code. docs/testing.md shows each
// use.
//
// Its generators are written from docs/contract.md alone and never call the library's parser,
// writer or validators, so that what they produce can be held against them: the project's own
// tests do exactly that over hundreds of thousands of seeds.

#include <invite/testing/random_source.hpp>   // random_source, case_seed: seeds that mean the same everywhere
#include <invite/testing/liberties.hpp>        // profile, layout, spelling_liberties: what is made and how it is written
#include <invite/testing/expected_errors.hpp> // expected_error, difference: errors to hold a parser to
#include <invite/testing/test_document.hpp>   // test_document: a body and its exact verdict
#include <invite/testing/generator.hpp>       // generator: values, texts, valid and invalid documents
#include <invite/testing/answers.hpp>         // correct_answer, near_miss_answer, expected_check_response
#include <invite/testing/corpus.hpp>          // make_corpus, write_corpus: bodies and verdicts for load tests
#include <invite/testing/property.hpp>        // check_requests, check_responses, ...: seeded runs with shrinking
#include <invite/testing/fuzz_mutator.hpp>    // mutate_document, cross_over_documents: for libFuzzer

#endif // INVITE_TESTING_HPP_INCLUDED

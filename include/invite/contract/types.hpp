#ifndef INVITE_CONTRACT_TYPES_HPP_INCLUDED
#define INVITE_CONTRACT_TYPES_HPP_INCLUDED

// The contract's five types: format, candidate and request; invitation and response.

#include <invite/contract/request.hpp>  // format, candidate, request
#include <invite/contract/response.hpp> // invitation, response

#endif // INVITE_CONTRACT_TYPES_HPP_INCLUDED

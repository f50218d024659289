import { graphql } from '@/gql';

export const myBindingsQuery = graphql(`
  query MyBindings {
    me {
      id
      assuranceLevel
    }
    myBindings {
      drivingLicence {
        licenceNumber
        fileNumber
        boundAt
      }
      vehicles {
        plate
        boundAt
      }
    }
  }
`);

/** Asked only at level 2 and above: the licence's live status from the traffic platform. */
export const myDrivingLicenceQuery = graphql(`
  query MyDrivingLicence {
    me {
      id
      drivingLicence {
        vehicleClass
        validUntil
        points
        status
      }
    }
  }
`);

export const bindDrivingLicenceMutation = graphql(`
  mutation BindDrivingLicence($licenceNumber: String!, $fileNumber: String!) {
    bindDrivingLicence(licenceNumber: $licenceNumber, fileNumber: $fileNumber) {
      bindings {
        drivingLicence {
          licenceNumber
          fileNumber
          boundAt
        }
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const unbindDrivingLicenceMutation = graphql(`
  mutation UnbindDrivingLicence {
    unbindDrivingLicence {
      bindings {
        drivingLicence {
          licenceNumber
        }
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const bindVehicleMutation = graphql(`
  mutation BindVehicle($plate: String!) {
    bindVehicle(plate: $plate) {
      bindings {
        vehicles {
          plate
          boundAt
        }
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);

export const unbindVehicleMutation = graphql(`
  mutation UnbindVehicle($plate: String!) {
    unbindVehicle(plate: $plate) {
      bindings {
        vehicles {
          plate
          boundAt
        }
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);

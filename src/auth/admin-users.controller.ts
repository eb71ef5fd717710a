import { Body, Controller, HttpStatus, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Endpoint } from '../common/endpoint.js';
import { ParseIdPipe } from '../common/validation.js';
import { UsersService } from '../users/users.service.js';
import { AuthService } from './auth.service.js';
import { AdminUserDto, AdminUserListDto, ListUsersQuery, SetRolesDto } from './dto/auth.dto.js';

@ApiTags('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  @Endpoint('GET', undefined, { access: ['admin'], summary: 'List users (admin)' })
  @ApiOkResponse({ type: AdminUserListDto })
  async list(@Query() query: ListUsersQuery): Promise<AdminUserListDto> {
    const { items, total } = await this.users.list({
      q: query.q,
      role: query.role,
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
    return { items: items.map((u) => AdminUserDto.from(u)), total };
  }

  @Endpoint('PUT', ':id/roles', {
    access: ['admin'],
    summary: 'Grant and revoke roles (admin)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: AdminUserDto })
  async setRoles(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: SetRolesDto,
  ): Promise<AdminUserDto> {
    return AdminUserDto.from(await this.auth.setRoles(id, dto.roles));
  }

  @Endpoint('POST', ':id/deactivate', {
    access: ['admin'],
    summary: 'Deactivate a user; their sessions end at once (admin)',
    problems: [404],
    status: HttpStatus.OK,
  })
  @ApiOkResponse({ type: AdminUserDto })
  async deactivate(@Param('id', ParseIdPipe) id: string): Promise<AdminUserDto> {
    return AdminUserDto.from(await this.auth.setActive(id, false));
  }

  @Endpoint('POST', ':id/activate', {
    access: ['admin'],
    summary: 'Activate a user again (admin)',
    problems: [404],
    status: HttpStatus.OK,
  })
  @ApiOkResponse({ type: AdminUserDto })
  async activate(@Param('id', ParseIdPipe) id: string): Promise<AdminUserDto> {
    return AdminUserDto.from(await this.auth.setActive(id, true));
  }
}
